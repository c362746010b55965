package io.doublerandom.directory;

import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces equal values that repeat across entities (registration authorities, tags, region and
 * industry codes, risk ratings, dates of establishment) by one shared instance, so that a
 * directory of millions of entities parsed from a file or a database holds each such value once.
 * An entity whose values are all canonical already is kept as it is.
 *
 * <p>Only used while a directory is built; the map is dropped afterwards. Its iteration order is
 * never used.
 */
final class Canonicaliser {
  private final Map<Object, Object> canonical = new HashMap<>();

  @SuppressWarnings("unchecked")
  private <T> T canon(T value) {
    Object existing = canonical.putIfAbsent(value, value);
    return existing == null ? value : (T) existing;
  }

  private RiskRating canon(RiskRating r) {
    RiskRating existing = (RiskRating) canonical.get(r);
    if (existing != null) {
      return existing;
    }
    String domain = canon(r.domain());
    String riskClass = canon(r.riskClass());
    LocalDate assignedOn = canon(r.assignedOn());
    RiskRating fresh = domain == r.domain() && riskClass == r.riskClass()
        && assignedOn == r.assignedOn() ? r : new RiskRating(domain, riskClass, assignedOn);
    canonical.put(fresh, fresh);
    return fresh;
  }

  /** The entity with shared instances of its repeated values; {@code e} itself if unchanged. */
  MarketEntity canonicalise(MarketEntity e) {
    boolean changed = false;
    String authority = canon(e.registrationAuthority());
    changed |= authority != e.registrationAuthority();
    RegionCode region = canon(e.region());
    changed |= region != e.region();
    Optional<IndustryCode> rawIndustry = e.industry();
    IndustryCode industry = rawIndustry.isPresent() ? canon(rawIndustry.get()) : null;
    changed |= industry != rawIndustry.orElse(null);
    List<String> tags = new ArrayList<>(e.tags().size());
    for (String t : e.tags()) {
      String c = canon(t);
      changed |= c != t;
      tags.add(c);
    }
    List<RiskRating> ratings = new ArrayList<>(e.riskRatings().size());
    for (RiskRating r : e.riskRatings()) {
      RiskRating c = canon(r);
      changed |= c != r;
      ratings.add(c);
    }
    Optional<LocalDate> rawDate = e.establishedOn();
    LocalDate established = rawDate.isPresent() ? canon(rawDate.get()) : null;
    changed |= established != rawDate.orElse(null);
    if (!changed) {
      return e;
    }
    return MarketEntity.builder()
        .from(e)
        .registrationAuthority(authority)
        .region(region)
        .industry(Optional.ofNullable(industry))
        .tags(tags)
        .riskRatings(ratings)
        .establishedOn(Optional.ofNullable(established))
        .build();
  }
}
