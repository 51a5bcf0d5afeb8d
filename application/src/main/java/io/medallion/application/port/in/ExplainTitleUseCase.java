package io.medallion.application.port.in;

import java.util.Optional;

/**
 * One title's story through the lake, read from its tables as they are now: empty when no layer
 * holds the show id; a blank show id is refused.
 */
public interface ExplainTitleUseCase {
  Optional<TitleStory> explain(String showId);
}
