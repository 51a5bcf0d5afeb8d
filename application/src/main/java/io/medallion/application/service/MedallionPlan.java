package io.medallion.application.service;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.util.List;

/** The specs a run executes, layer by layer. */
public record MedallionPlan(List<BronzeSpec> bronze, List<SilverSpec> silver, List<GoldSpec> gold) {

  public MedallionPlan {
    bronze = List.copyOf(bronze);
    silver = List.copyOf(silver);
    gold = List.copyOf(gold);
  }

  /** The catalogue's medallion: five feeds, five silver tables, the gold star schema. */
  public static MedallionPlan netflix() {
    return new MedallionPlan(
        NetflixMedallion.bronze(), NetflixMedallion.silver(), NetflixMedallion.gold());
  }
}
