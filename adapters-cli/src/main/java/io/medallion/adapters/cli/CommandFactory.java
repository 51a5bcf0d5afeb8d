package io.medallion.adapters.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Makes each command with the use cases it drives; anything else as picocli would. */
final class CommandFactory implements IFactory {

  private final UseCases useCases;

  CommandFactory(UseCases useCases) {
    this.useCases = useCases;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == UseCases.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(useCases));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
