package io.doublerandom.benchmarks;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic but realistic provincial entity directory, generated deterministically from a
 * seed: 121 county-level regions of one province (11 prefectures of 11 counties), mostly
 * individual businesses, 1–3 tags from a vocabulary of 20, a general credit-risk class for 95%
 * and a food-domain class for food businesses, 300 industry codes, Chinese names.
 *
 * <p>Every string and date is a fresh object per entity, as a CSV or JDBC reader produces them,
 * so that the memory figures show what a directory read from outside costs.
 */
final class SyntheticDirectory {
  static final long SEED = 20250301L;

  static final String[] TAGS = {"食品生产", "食品销售", "餐饮服务", "网络经营", "特种设备使用",
      "药品零售", "医疗器械经营", "化妆品经营", "工业产品生产", "广告经营", "价格监管重点",
      "计量器具使用", "检验检测机构", "农资经营", "成品油经营", "危险化学品", "电梯使用单位",
      "直播带货", "预付式消费", "校园周边"};
  private static final String[] SYLLABLES = {"华", "晋", "通", "达", "鑫", "源", "泰", "盛", "恒",
      "隆", "兴", "旺", "顺", "发", "金", "宏", "昌", "瑞", "丰", "德", "安", "康", "福", "润",
      "佳", "美", "新", "博", "远", "诚"};
  private static final String[] SUFFIX = {"有限公司", "分公司", "商行", "专业合作社", "代表处",
      "服务部"};
  private static final String[] CLASSES = {"A", "B", "C", "D"};

  private SyntheticDirectory() {}

  /** Region codes: 14PPCC for prefectures PP = 01..11 and counties CC = 01..11. */
  static List<String> regions() {
    List<String> out = new ArrayList<>();
    for (int p = 1; p <= 11; p++) {
      for (int c = 1; c <= 11; c++) {
        out.add(String.format("14%02d%02d", p, c));
      }
    }
    return out;
  }

  /** 300 distinct GB/T 4754 class codes, deterministic. */
  static List<String> industries() {
    SplittableRandom r = new SplittableRandom(SEED ^ 0x5eed);
    java.util.TreeSet<String> codes = new java.util.TreeSet<>();
    while (codes.size() < 300) {
      char section = "ACCCCCFFFFFFHHHHLMOR".charAt(r.nextInt(20));
      codes.add(section + String.format("%04d", 1000 + r.nextInt(9000)).substring(0, 4));
    }
    return new ArrayList<>(codes);
  }

  /** {@code n} entities with ids {@code %015d} of 1..n, in a shuffled (non-id) order. */
  static List<MarketEntity> generate(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> regions = regions();
    List<String> industries = industries();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i + 1;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    List<MarketEntity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(entity(order[i], r, regions, industries));
    }
    return out;
  }

  private static String fresh(String s) {
    return new String(s.toCharArray());
  }

  private static MarketEntity entity(int number, SplittableRandom r, List<String> regions,
      List<String> industries) {
    int k = r.nextInt(100);
    EntityKind kind = k < 62 ? EntityKind.INDIVIDUAL_BUSINESS
        : k < 92 ? EntityKind.ENTERPRISE
        : k < 96 ? EntityKind.BRANCH
        : k < 99 ? EntityKind.FARMERS_COOPERATIVE
        : r.nextBoolean() ? EntityKind.FOREIGN_REPRESENTATIVE_OFFICE : EntityKind.OTHER;
    // skewed towards the first prefectures (the capital is largest)
    int regionIndex = Math.min(regions.size() - 1,
        (int) (regions.size() * Math.pow(r.nextDouble(), 1.4)));
    String region = regions.get(regionIndex);
    StringBuilder name = new StringBuilder("山西");
    int syllables = 2 + r.nextInt(3);
    for (int s = 0; s < syllables; s++) {
      name.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    name.append(number % 1000).append(SUFFIX[kind.ordinal() % SUFFIX.length]);
    int st = r.nextInt(100);
    RegistrationStatus status = st < 85 ? RegistrationStatus.OPERATING
        : st < 93 ? RegistrationStatus.DEREGISTERED
        : st < 98 ? RegistrationStatus.REVOKED
        : st < 99 ? RegistrationStatus.CANCELLED : RegistrationStatus.MOVED_OUT;
    MarketEntity.Builder b = MarketEntity.builder()
        .id(EntityId.parse(String.format("%015d", number)))
        .name(name.toString())
        .kind(kind)
        .registrationAuthority("SX-" + region + "-SCJG")
        .region(RegionCode.of(fresh(region)))
        .status(status)
        .abnormalList(r.nextInt(100) < 5);
    if (r.nextInt(10) < 9) {
      int ind = (int) (industries.size() * Math.pow(r.nextDouble(), 2));
      b.industry(IndustryCode.of(fresh(industries.get(ind))));
    }
    int tags = 1 + r.nextInt(3);
    boolean food = false;
    for (int t = 0; t < tags; t++) {
      int tag = (int) (TAGS.length * Math.pow(r.nextDouble(), 1.5));
      food |= tag <= 2;
      b.addTags(fresh(TAGS[tag]));
    }
    LocalDate rated = LocalDate.of(2025, 1 + r.nextInt(12), 1);
    if (r.nextInt(100) < 95) {
      int c = r.nextInt(100);
      String cls = CLASSES[c < 60 ? 0 : c < 90 ? 1 : c < 98 ? 2 : 3];
      b.addRiskRatings(new RiskRating(fresh(RiskRating.GENERAL), fresh(cls), rated));
    }
    if (food && r.nextInt(100) < 60) {
      b.addRiskRatings(new RiskRating(fresh(RiskRating.FOOD),
          fresh(CLASSES[r.nextInt(CLASSES.length)]), LocalDate.of(2025, 1 + r.nextInt(12), 1)));
    }
    if (kind == EntityKind.INDIVIDUAL_BUSINESS) {
      b.size(EntitySize.MICRO);
    } else if (r.nextInt(10) < 7) {
      b.size(EntitySize.values()[r.nextInt(4)]);
    }
    if (r.nextInt(10) < 8) {
      b.establishedOn(LocalDate.ofEpochDay(LocalDate.of(1990, 1, 1).toEpochDay()
          + r.nextInt(35 * 365)));
    }
    return b.build();
  }
}
