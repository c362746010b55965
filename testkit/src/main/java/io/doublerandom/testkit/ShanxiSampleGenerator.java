package io.doublerandom.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Authority;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.CreditCode;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.ItemClaim;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.LegacyRegistrationNumber;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RelatedParty;
import io.doublerandom.model.RelationKind;
import io.doublerandom.model.RiskRating;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deterministic generator of realistic sample data for a province shaped like Shanxi: the
 * bureaus of the province, its 11 prefecture-level cities and their counties; market entities with
 * valid unified social credit codes (and a few legacy registration numbers) spread over the
 * counties, with kinds, industries, statuses, tags and credit-risk classes in plausible
 * proportions; an inspector directory with certificates (some expired), specialties, experts,
 * declared conflicts and leave; and the checklist built from the published items in
 * {@code reference/items.csv}.
 *
 * <p>The same seed and sizes always give the same data, on any machine: the only source of
 * randomness is a {@link SplittableRandom} seeded by the caller, and every collection is iterated in
 * a defined order. The bundled sample data of the {@code doublerandom-sample-data} artifact is this
 * generator's output for {@link #DEFAULT_SEED}, {@link #DEFAULT_ENTITIES} and {@link
 * #DEFAULT_INSPECTORS}.
 *
 * <p>Proportions are illustrative, chosen to look like a provincial register (individual businesses
 * outnumber enterprises, most entities are operating and of low or general risk); they are not
 * statistics of any real province.
 */
public final class ShanxiSampleGenerator {
  /** Seed of the bundled sample. */
  public static final long DEFAULT_SEED = 20240813L;
  /** Number of entities in the bundled sample. */
  public static final int DEFAULT_ENTITIES = 20_000;
  /** Number of inspectors in the bundled sample. */
  public static final int DEFAULT_INSPECTORS = 360;
  /** The year the sample is set in: ratings are from before it, leave and certificates around it. */
  public static final int SAMPLE_YEAR = 2025;
  /** Code of the provincial bureau in the sample. */
  public static final String PROVINCE_AUTHORITY = authorityCode(RegionCode.of("140000"));

  /** Name of the sample checklist. */
  public static final String CHECKLIST_NAME = "随机抽查事项清单";
  /** Version of the sample checklist (第三版, as in the notice). */
  public static final int CHECKLIST_VERSION = 3;

  /** The generated data set. */
  public record SampleData(
      RegionTable regions,
      List<Authority> authorities,
      List<MarketEntity> entities,
      List<Inspector> inspectors,
      Checklist checklist) {
    /** Copies the lists. */
    public SampleData {
      authorities = List.copyOf(authorities);
      entities = List.copyOf(entities);
      inspectors = List.copyOf(inspectors);
    }
  }

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Relative size of the 11 cities (resident population in hundred thousands, rounded). */
  private static final Map<String, Integer> CITY_WEIGHTS = new LinkedHashMap<>();

  static {
    CITY_WEIGHTS.put("140100", 54);
    CITY_WEIGHTS.put("140200", 31);
    CITY_WEIGHTS.put("140300", 13);
    CITY_WEIGHTS.put("140400", 32);
    CITY_WEIGHTS.put("140500", 22);
    CITY_WEIGHTS.put("140600", 16);
    CITY_WEIGHTS.put("140700", 34);
    CITY_WEIGHTS.put("140800", 48);
    CITY_WEIGHTS.put("140900", 27);
    CITY_WEIGHTS.put("141000", 40);
    CITY_WEIGHTS.put("141100", 34);
  }

  private static final String[] BRAND_CHARS = {
    "晋", "汾", "并", "恒", "鑫", "瑞", "华", "兴", "隆", "盛", "泰", "安", "康", "丰", "源", "达", "宏", "远",
    "博", "诚", "信", "德", "和", "嘉", "佳", "乐", "福", "祥", "旺", "顺", "通", "义", "正", "新", "永", "金",
    "银", "龙", "凤", "云", "山", "河", "泉", "润", "志", "明", "亮", "春", "秋", "晨"
  };

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "郭", "何", "高", "林",
    "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭",
    "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪",
    "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康",
    "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "黎", "易",
    "常", "武", "乔", "贺", "赖", "龚", "文"
  };

  private static final String[] GIVEN_CHARS = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀",
    "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "鹏", "红", "晓", "玲", "斌", "宇", "浩", "凯",
    "雪", "琳", "鑫", "波", "峰", "婷", "亮", "林", "慧", "俊", "瑶", "蓉", "晨", "阳"
  };

  /** An industry with the tags that entities of it may carry (tag, probability in per cent). */
  private record Industry(String code, String word, String shop, Object[] tags) {}

  private static final List<Industry> ENTERPRISE_INDUSTRIES = List.of(
      new Industry("B06", "煤业", "煤矿", new Object[] {"特种设备使用单位", 80}),
      new Industry("C13", "农副食品加工", "食品厂", new Object[] {
          "食品生产", 90, "定量包装商品生产", 50, "特种设备使用单位", 30, "企业标准自我声明", 10}),
      new Industry("C14", "食品", "食品厂", new Object[] {
          "食品生产", 95, "定量包装商品生产", 60, "特种设备使用单位", 30, "企业标准自我声明", 15}),
      new Industry("C15", "酒业", "酒厂", new Object[] {
          "食品生产", 95, "定量包装商品生产", 70, "特种设备使用单位", 40, "集体商标使用", 20}),
      new Industry("C22", "纸业", "纸品厂", new Object[] {"食品相关产品生产", 40, "工业产品生产许可", 30}),
      new Industry("C26", "化工", "化工厂", new Object[] {
          "工业产品生产许可", 60, "特种设备使用单位", 70, "危险化学品", 50}),
      new Industry("C29", "塑料制品", "塑料厂", new Object[] {"食品相关产品生产", 35, "工业产品生产许可", 20}),
      new Industry("C30", "建材", "建材厂", new Object[] {"工业产品生产许可", 50, "特种设备使用单位", 40}),
      new Industry("C31", "钢铁", "钢厂", new Object[] {"特种设备使用单位", 90, "工业产品生产许可", 40}),
      new Industry("C33", "金属制品", "五金厂", new Object[] {"特种设备使用单位", 40}),
      new Industry("C34", "机械制造", "机械厂", new Object[] {
          "特种设备生产单位", 15, "特种设备使用单位", 40, "企业标准自我声明", 20}),
      new Industry("C38", "电气", "电器厂", new Object[] {"能效标识备案", 40, "工业产品生产许可", 20}),
      new Industry("D44", "电力", "热力站", new Object[] {"水电气暖", 90, "特种设备使用单位", 90}),
      new Industry("D45", "燃气", "燃气站", new Object[] {"水电气暖", 95, "特种设备使用单位", 95}),
      new Industry("D46", "水务", "水厂", new Object[] {"水电气暖", 90}),
      new Industry("E47", "建筑工程", "工程队", new Object[] {"特种设备使用单位", 30}),
      new Industry("E48", "路桥工程", "工程队", new Object[] {"特种设备使用单位", 30}),
      new Industry("F512", "食品批发", "批发部", new Object[] {"食品销售", 90, "计量器具使用", 40}),
      new Industry("F5151", "医药", "医药公司", new Object[] {"药品经营", 95, "广告主(药品医疗器械保健食品)", 20}),
      new Industry("F5212", "超市", "超市", new Object[] {
          "食品销售", 95, "计量器具使用", 80, "电子商务经营者", 20, "特种设备使用单位", 20}),
      new Industry("F5251", "大药房", "药店", new Object[] {"药品经营", 98, "计量器具使用", 30}),
      new Industry("F5245", "眼镜", "眼镜店", new Object[] {"眼镜配制", 90, "计量器具使用", 60}),
      new Industry("F5265", "石油", "加油站", new Object[] {"计量器具使用", 100, "特种设备使用单位", 60}),
      new Industry("G54", "物流", "物流站", new Object[] {"特种设备使用单位", 20}),
      new Industry("H61", "酒店", "宾馆", new Object[] {"餐饮服务", 60, "特种设备使用单位", 50}),
      new Industry("H62", "餐饮", "饭店", new Object[] {"餐饮服务", 98, "学校食堂", 4, "计量器具使用", 20}),
      new Industry("I64", "网络科技", "网络工作室", new Object[] {"电子商务经营者", 60, "广告经营", 10}),
      new Industry("I65", "软件", "软件工作室", new Object[] {"企业标准自我声明", 5}),
      new Industry("K70", "房地产开发", "房产中介", new Object[] {"特种设备使用单位", 40, "广告主(房地产)", 30}),
      new Industry("L725", "广告", "广告部", new Object[] {"广告经营", 90, "广告发布", 50}),
      new Industry("L729", "商务服务", "服务部", new Object[] {"拍卖", 6, "文物经营", 3, "商标印制", 3}),
      new Industry("M745", "检测", "检测站", new Object[] {"检验检测机构", 90, "认证获证组织", 50}),
      new Industry("O80", "家政服务", "服务部", new Object[] {"计量器具使用", 10}),
      new Industry("P83", "教育咨询", "培训部", new Object[] {"校外培训机构", 60, "学校食堂", 10}),
      new Industry("Q84", "医疗", "诊所", new Object[] {"药品使用单位", 90, "特种设备使用单位", 30}));

  private static final List<Industry> SHOP_INDUSTRIES = List.of(
      new Industry("F5211", "百货", "百货店", new Object[] {"食品销售", 40, "计量器具使用", 40}),
      new Industry("F5213", "便利", "便利店", new Object[] {"食品销售", 95, "计量器具使用", 30}),
      new Industry("F5223", "果蔬", "果蔬店", new Object[] {"食品销售", 95, "计量器具使用", 90}),
      new Industry("F5224", "肉食", "肉铺", new Object[] {"食品销售", 95, "计量器具使用", 95}),
      new Industry("F5226", "保健品", "保健品店", new Object[] {"食品销售", 80, "保健食品经营", 90}),
      new Industry("F5227", "烟酒", "烟酒店", new Object[] {"食品销售", 90}),
      new Industry("F5232", "服装", "服装店", new Object[] {"电子商务经营者", 15}),
      new Industry("F5245", "眼镜", "眼镜店", new Object[] {"眼镜配制", 80, "计量器具使用", 60}),
      new Industry("F5252", "中药", "中药店", new Object[] {"药品经营", 95, "计量器具使用", 50}),
      new Industry("F5271", "家电", "家电行", new Object[] {"能效标识销售", 60, "电子商务经营者", 20}),
      new Industry("H6210", "饭庄", "饭馆", new Object[] {"餐饮服务", 98}),
      new Industry("H6220", "快餐", "快餐店", new Object[] {"餐饮服务", 98}),
      new Industry("H6231", "茶饮", "茶饮店", new Object[] {"餐饮服务", 90}),
      new Industry("O8010", "家政", "家政服务部", new Object[] {}),
      new Industry("O8070", "美发", "理发店", new Object[] {}),
      new Industry("O8111", "汽修", "汽修店", new Object[] {"计量器具使用", 20}),
      new Industry("C1391", "面食", "面食作坊", new Object[] {"食品生产", 70, "食品小作坊", 90}));

  private static final List<Industry> COOPERATIVE_INDUSTRIES = List.of(
      new Industry("A01", "种植", "种植", new Object[] {"集体商标使用", 10, "农产品", 90}),
      new Industry("A03", "养殖", "养殖", new Object[] {"农产品", 90}),
      new Industry("A05", "农机服务", "农机", new Object[] {"特种设备使用单位", 10}),
      new Industry("C13", "农产品加工", "加工", new Object[] {"食品生产", 60, "农产品", 80}));

  private final long seed;

  /** A generator with this seed. */
  public ShanxiSampleGenerator(long seed) {
    this.seed = seed;
  }

  /** The bundled sample: default seed and sizes. */
  public static SampleData bundledSample() {
    return new ShanxiSampleGenerator(DEFAULT_SEED).generate(DEFAULT_ENTITIES, DEFAULT_INSPECTORS);
  }

  /** Code of the market-regulation bureau of a region, as the sample names it. */
  public static String authorityCode(RegionCode region) {
    return "SX-SCJG-" + region.value();
  }

  /**
   * Generates a data set.
   *
   * @param entityCount number of market entities, at least 100
   * @param inspectorCount number of inspectors, at least 50
   */
  public SampleData generate(int entityCount, int inspectorCount) {
    checkArgument(entityCount >= 100, "entityCount must be >= 100, got %s", entityCount);
    checkArgument(inspectorCount >= 50, "inspectorCount must be >= 50, got %s", inspectorCount);
    RegionTable regions = RegionTable.shanxi();
    List<Authority> authorities = authorities(regions);
    // independent streams so that changing one part's size leaves the others unchanged
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom entityRandom = root.split();
    SplittableRandom inspectorRandom = root.split();
    SplittableRandom checklistRandom = root.split();
    List<MarketEntity> entities = entities(regions, entityRandom, entityCount);
    List<Inspector> inspectors = inspectors(regions, inspectorRandom, inspectorCount, entities);
    Checklist checklist = checklist(authorities, checklistRandom);
    return new SampleData(regions, authorities, entities, inspectors, checklist);
  }

  // ---------------------------------------------------------------------------------------------
  // authorities

  private static List<Authority> authorities(RegionTable regions) {
    List<Authority> out = new ArrayList<>();
    RegionCode province = RegionCode.of("140000");
    out.add(Authority.builder()
        .code(authorityCode(province))
        .name("山西省市场监督管理局")
        .level(AuthorityLevel.PROVINCE)
        .region(province)
        .build());
    for (RegionCode city : regions.children(province)) {
      String cityName = regions.name(city).orElseThrow();
      out.add(Authority.builder()
          .code(authorityCode(city))
          .name(cityName + "市场监督管理局")
          .level(AuthorityLevel.CITY)
          .region(city)
          .parentCode(authorityCode(province))
          .build());
      for (RegionCode county : regions.children(city)) {
        out.add(Authority.builder()
            .code(authorityCode(county))
            .name(cityName + regions.name(county).orElseThrow() + "市场监督管理局")
            .level(AuthorityLevel.COUNTY)
            .region(county)
            .parentCode(authorityCode(city))
            .build());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // entities

  private static List<MarketEntity> entities(RegionTable regions, SplittableRandom random, int count) {
    RegionCode province = RegionCode.of("140000");
    List<RegionCode> cities = regions.children(province);
    int[] cityWeights = new int[cities.size()];
    for (int i = 0; i < cities.size(); i++) {
      cityWeights[i] = CITY_WEIGHTS.getOrDefault(cities.get(i).value(), 20);
    }
    Map<EntityId, MarketEntity> byId = new TreeMap<>();
    List<String> partyPool = new ArrayList<>();
    List<MarketEntity> enterprises = new ArrayList<>();
    while (byId.size() < count) {
      RegionCode city = cities.get(weighted(random, cityWeights));
      List<RegionCode> counties = regions.children(city);
      RegionCode county = counties.get(countyIndex(random, counties));
      String cityName = regions.name(city).orElseThrow();
      String countyName = regions.name(county).orElseThrow();
      EntityKind kind = pickKind(random);
      if (kind == EntityKind.BRANCH && enterprises.isEmpty()) {
        kind = EntityKind.ENTERPRISE;
      }
      Industry industry = switch (kind) {
        case INDIVIDUAL_BUSINESS -> SHOP_INDUSTRIES.get(random.nextInt(SHOP_INDUSTRIES.size()));
        case FARMERS_COOPERATIVE -> COOPERATIVE_INDUSTRIES.get(
            random.nextInt(COOPERATIVE_INDUSTRIES.size()));
        default -> ENTERPRISE_INDUSTRIES.get(random.nextInt(ENTERPRISE_INDUSTRIES.size()));
      };
      LocalDate established = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      // a few individual businesses registered before the 2015 reform keep their 15-digit number
      boolean legacy = kind == EntityKind.INDIVIDUAL_BUSINESS && established.getYear() < 2015
          && random.nextInt(60) == 0;
      EntityId id = legacy ? legacyNumber(random, county) : newId(random, kind, county);
      if (byId.containsKey(id)) {
        continue;
      }
      String brand = brand(random);
      String name = switch (kind) {
        case ENTERPRISE -> cityName.replace("市", "") + brand + industry.word() + "有限公司";
        case BRANCH -> {
          MarketEntity parent = enterprises.get(random.nextInt(enterprises.size()));
          yield parent.name() + countyName + "分公司";
        }
        case INDIVIDUAL_BUSINESS -> countyName + brand + industry.shop();
        case FARMERS_COOPERATIVE -> countyName + brand + industry.word() + "专业合作社";
        case FOREIGN_REPRESENTATIVE_OFFICE -> pick(random, "日本", "韩国", "德国", "美国", "澳大利亚")
            + brand + "株式会社" + cityName.replace("市", "") + "代表处";
        case OTHER -> countyName + brand + "经营部";
      };
      MarketEntity.Builder b = MarketEntity.builder()
          .id(id)
          .name(name)
          .kind(kind)
          .registrationAuthority(authorityCode(
              kind == EntityKind.FOREIGN_REPRESENTATIVE_OFFICE ? city : county))
          .region(county)
          .industry(IndustryCode.of(industry.code()))
          .status(pickStatus(random))
          .establishedOn(established);
      for (int t = 0; t < industry.tags().length; t += 2) {
        if (random.nextInt(100) < (Integer) industry.tags()[t + 1]) {
          b.addTags((String) industry.tags()[t]);
        }
      }
      if (kind == EntityKind.ENTERPRISE && random.nextInt(100) < 4) {
        b.addTags("企业标准自我声明");
      }
      if (random.nextInt(100) < 4) {
        b.abnormalList(true);
      }
      boolean hasRating = kind != EntityKind.INDIVIDUAL_BUSINESS || random.nextInt(100) < 70;
      if (hasRating) {
        LocalDate assigned = LocalDate.of(SAMPLE_YEAR - 1, 1 + random.nextInt(12), 1)
            .plusMonths(1).minusDays(1);
        b.addRiskRatings(RiskRating.general(pickRisk(random), assigned));
        MarketEntity probe = b.build();
        if (probe.tags().contains("食品生产") || probe.tags().contains("食品销售")
            || probe.tags().contains("餐饮服务")) {
          b.addRiskRatings(new RiskRating(RiskRating.FOOD, pickRisk(random), assigned));
        }
        if (probe.tags().contains("特种设备使用单位") && random.nextInt(100) < 60) {
          b.addRiskRatings(new RiskRating(RiskRating.SPECIAL_EQUIPMENT, pickRisk(random), assigned));
        }
      }
      if (kind == EntityKind.ENTERPRISE || kind == EntityKind.BRANCH) {
        b.size(pickSize(random));
      }
      // legal representative; one person in eight has several entities
      String representative;
      if (!partyPool.isEmpty() && random.nextInt(8) == 0) {
        representative = partyPool.get(random.nextInt(partyPool.size()));
      } else {
        representative = String.format("P%08d", partyPool.size() + 1);
        partyPool.add(representative);
      }
      b.addRelatedParties(new RelatedParty(PartyRole.LEGAL_REPRESENTATIVE, representative));
      if (kind == EntityKind.ENTERPRISE && random.nextInt(3) == 0) {
        String shareholder = partyPool.get(random.nextInt(partyPool.size()));
        if (!shareholder.equals(representative)) {
          b.addRelatedParties(new RelatedParty(PartyRole.SHAREHOLDER, shareholder));
        }
      }
      MarketEntity entity = b.build();
      byId.put(id, entity);
      if (kind == EntityKind.ENTERPRISE) {
        enterprises.add(entity);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Districts (codes 01–20 within a city) are busier than counties. */
  private static int countyIndex(SplittableRandom random, List<RegionCode> counties) {
    int[] weights = new int[counties.size()];
    for (int i = 0; i < weights.length; i++) {
      int local = Integer.parseInt(counties.get(i).value().substring(4));
      weights[i] = local <= 20 ? 3 : 1;
    }
    return weighted(random, weights);
  }

  private static EntityKind pickKind(SplittableRandom random) {
    int r = random.nextInt(1000);
    if (r < 640) {
      return EntityKind.INDIVIDUAL_BUSINESS;
    } else if (r < 910) {
      return EntityKind.ENTERPRISE;
    } else if (r < 950) {
      return EntityKind.BRANCH;
    } else if (r < 990) {
      return EntityKind.FARMERS_COOPERATIVE;
    } else if (r < 992) {
      return EntityKind.FOREIGN_REPRESENTATIVE_OFFICE;
    }
    return EntityKind.OTHER;
  }

  private static RegistrationStatus pickStatus(SplittableRandom random) {
    int r = random.nextInt(1000);
    if (r < 880) {
      return RegistrationStatus.OPERATING;
    } else if (r < 950) {
      return RegistrationStatus.DEREGISTERED;
    } else if (r < 980) {
      return RegistrationStatus.REVOKED;
    } else if (r < 985) {
      return RegistrationStatus.CANCELLED;
    }
    return RegistrationStatus.MOVED_OUT;
  }

  private static String pickRisk(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 55 ? "A" : r < 88 ? "B" : r < 97 ? "C" : "D";
  }

  private static EntitySize pickSize(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 70 ? EntitySize.MICRO : r < 92 ? EntitySize.SMALL : r < 98 ? EntitySize.MEDIUM
        : EntitySize.LARGE;
  }

  private static EntityId legacyNumber(SplittableRandom random, RegionCode county) {
    StringBuilder first14 = new StringBuilder(county.value());
    for (int i = 0; i < 8; i++) {
      first14.append((char) ('0' + random.nextInt(10)));
    }
    return LegacyRegistrationNumber.withCheckDigit(first14.toString());
  }

  private static EntityId newId(SplittableRandom random, EntityKind kind, RegionCode county) {
    char category = switch (kind) {
      case INDIVIDUAL_BUSINESS -> '2';
      case FARMERS_COOPERATIVE -> '3';
      default -> '1';
    };
    StringBuilder organisation = new StringBuilder("MA");
    for (int i = 0; i < 6; i++) {
      organisation.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    char orgCheck = CreditCode.organizationCodeCheckCharacter(organisation);
    if (ALPHABET.indexOf(orgCheck) < 0) {
      // the organisation check character must also be a credit-code character; retry
      return newId(random, kind, county);
    }
    return CreditCode.withCheckCharacter("9" + category + county.value() + organisation + orgCheck);
  }

  // ---------------------------------------------------------------------------------------------
  // inspectors

  private static final String[] OFFICER_SPECIALTIES = {
    "登记注册", "信用监管", "食品安全", "特种设备", "计量", "标准化", "价格监督", "广告监管", "网络交易",
    "产品质量", "知识产权", "药品", "认证认可", "消费者权益保护"
  };

  private static final String[][] EXPERT_PROFILES = {
    {"特种设备", "特种设备检验师"},
    {"食品安全", "食品检验工程师"},
    {"计量", "计量检定员"},
    {"药品", "执业药师"},
    {"产品质量", "质量工程师"},
    {"认证认可", "认证审核员"},
    {"网络交易", "电子数据取证员"},
  };

  private static List<Inspector> inspectors(RegionTable regions, SplittableRandom random, int count,
      List<MarketEntity> entities) {
    RegionCode province = RegionCode.of("140000");
    List<RegionCode> cities = regions.children(province);
    List<RegionCode> counties = new ArrayList<>();
    for (RegionCode city : cities) {
      counties.addAll(regions.children(city));
    }
    // entities by county, for declared conflicts with local businesses
    Map<RegionCode, List<MarketEntity>> local = new TreeMap<>();
    for (MarketEntity e : entities) {
      local.computeIfAbsent(e.region(), k -> new ArrayList<>()).add(e);
    }
    int provincial = Math.max(10, count / 12);
    int perCity = Math.max(3, count / 36);
    List<Inspector> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      RegionCode region;
      AuthorityLevel level;
      if (n <= provincial) {
        region = province;
        level = AuthorityLevel.PROVINCE;
      } else if (n <= provincial + perCity * cities.size()) {
        region = cities.get((n - provincial - 1) % cities.size());
        level = AuthorityLevel.CITY;
      } else if (n <= provincial + perCity * cities.size() + counties.size()) {
        // every county bureau has at least one inspector in the directory
        region = counties.get(n - provincial - perCity * cities.size() - 1);
        level = AuthorityLevel.COUNTY;
      } else {
        region = counties.get(random.nextInt(counties.size()));
        level = AuthorityLevel.COUNTY;
      }
      boolean expert = random.nextInt(100) < 15;
      String id = String.format("SX-INS-%05d", n);
      String name = SURNAMES[random.nextInt(SURNAMES.length)]
          + GIVEN_CHARS[random.nextInt(GIVEN_CHARS.length)]
          + (random.nextBoolean() ? GIVEN_CHARS[random.nextInt(GIVEN_CHARS.length)] : "");
      Inspector.Builder b = Inspector.builder()
          .id(id)
          .name(name)
          .authorityCode(authorityCode(region))
          .level(level)
          .region(region)
          .kind(expert ? InspectorKind.EXPERT : InspectorKind.ENFORCEMENT_OFFICER);
      if (expert) {
        String[] profile = EXPERT_PROFILES[random.nextInt(EXPERT_PROFILES.length)];
        b.department("专业技术人员库(" + profile[1] + ")");
        b.addSpecialties(profile[0]);
        if (random.nextInt(4) == 0) {
          b.addSpecialties(OFFICER_SPECIALTIES[random.nextInt(OFFICER_SPECIALTIES.length)]);
        }
      } else {
        String first = OFFICER_SPECIALTIES[random.nextInt(OFFICER_SPECIALTIES.length)];
        b.department(first + "科");
        b.addSpecialties(first);
        if (random.nextBoolean()) {
          b.addSpecialties(OFFICER_SPECIALTIES[random.nextInt(OFFICER_SPECIALTIES.length)]);
        }
        // certificates run six years; about one in ten has lapsed before the sample year
        LocalDate from = LocalDate.of(SAMPLE_YEAR - 5 + random.nextInt(5), 1 + random.nextInt(12), 1);
        if (random.nextInt(10) == 0) {
          from = LocalDate.of(SAMPLE_YEAR - 7, 1 + random.nextInt(6), 1);
        }
        LocalDate to = from.plusYears(6).minusDays(1);
        b.certificate(new EnforcementCertificate(
            String.format("14%04d%06d", Integer.parseInt(region.value().substring(2)), n), from, to));
      }
      // about 8% declare a conflict with a local business, some of them with a person
      List<MarketEntity> near = local.getOrDefault(region, List.of());
      if (near.isEmpty() && region.level() != io.doublerandom.model.RegionLevel.COUNTY) {
        near = entities;
      }
      if (!near.isEmpty() && random.nextInt(100) < 8) {
        MarketEntity related = near.get(random.nextInt(near.size()));
        b.addConflicts(DeclaredConflict.withEntity(
            pick(random, RelationKind.NEAR_RELATIVE, RelationKind.FORMER_EMPLOYER,
                RelationKind.SHAREHOLDER), related.id()));
        if (random.nextInt(3) == 0) {
          MarketEntity other = near.get(random.nextInt(near.size()));
          b.addConflicts(DeclaredConflict.builder()
              .relation(RelationKind.LEGAL_REPRESENTATIVE)
              .partyId(other.relatedParties().get(0).partyId())
              .note("与该法定代表人系亲属关系")
              .build());
        }
      }
      // about 12% have leave in the sample year
      if (random.nextInt(100) < 12) {
        LocalDate start = LocalDate.of(SAMPLE_YEAR, 1, 1).plusDays(random.nextInt(330));
        b.addUnavailable(new DateRange(start, start.plusDays(3 + random.nextInt(25))));
      }
      if (random.nextInt(100) < 3) {
        b.active(false);
      }
      out.add(b.build());
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // checklist

  /** Per item: tags of the applicability rule (any of them), and the specialties it requires. */
  private static final Map<String, String[][]> ITEM_RULES = new TreeMap<>();

  static {
    rule("SC-03-01", new String[] {"拍卖"}, new String[] {});
    rule("SC-03-02", new String[] {"文物经营"}, new String[] {});
    rule("SC-03-03", new String[] {"拍卖", "电子商务经营者"}, new String[] {});
    rule("SC-04-01", new String[] {"广告经营", "广告发布"}, new String[] {"广告监管"});
    rule("SC-04-02", new String[] {"广告主(药品医疗器械保健食品)", "保健食品经营"}, new String[] {"广告监管"});
    rule("SC-04-03", new String[] {"广告发布"}, new String[] {"广告监管"});
    rule("SC-04-04", new String[] {"广告发布"}, new String[] {"广告监管"});
    rule("SC-04-05", new String[] {"广告经营", "广告发布"}, new String[] {"广告监管"});
    rule("SC-04-06", new String[] {"校外培训机构"}, new String[] {"广告监管"});
    rule("SC-05-02", new String[] {"集体商标使用"}, new String[] {"知识产权"});
    rule("SC-05-03", new String[] {"商标印制"}, new String[] {"知识产权"});
    rule("SC-07-01", new String[] {"工业产品生产许可"}, new String[] {"产品质量"});
    rule("SC-07-02", new String[] {"眼镜配制"}, new String[] {"计量"});
    rule("SC-08-01", new String[] {"企业标准自我声明"}, new String[] {"标准化"});
    rule("SC-09-01", new String[] {"食品相关产品生产"}, new String[] {"食品安全"});
    rule("SC-09-02", new String[] {"食品生产"}, new String[] {"食品安全"});
    rule("SC-09-03", new String[] {"食品生产", "食品小作坊"}, new String[] {"食品安全"});
    rule("SC-09-04", new String[] {"餐饮服务"}, new String[] {"食品安全"});
    rule("SC-09-05", new String[] {"食品销售"}, new String[] {"食品安全"});
    rule("SC-09-06", new String[] {"学校食堂"}, new String[] {"食品安全"});
    rule("SC-09-07", new String[] {"保健食品经营"}, new String[] {"食品安全"});
    rule("SC-10-01", new String[] {"特种设备使用单位"}, new String[] {"特种设备"});
    rule("SC-10-02", new String[] {"特种设备生产单位"}, new String[] {"特种设备"});
    rule("SC-10-03", new String[] {"特种设备生产单位", "检验检测机构"}, new String[] {"特种设备"});
    rule("SC-10-04", new String[] {"特种设备使用单位"}, new String[] {"特种设备"});
    rule("SC-10-05", new String[] {"特种设备使用单位"}, new String[] {"特种设备"});
    rule("SC-11-01", new String[] {"计量器具使用"}, new String[] {"计量"});
    rule("SC-11-03", new String[] {"定量包装商品生产"}, new String[] {"计量"});
    rule("SC-11-04", new String[] {"能效标识备案", "能效标识销售"}, new String[] {"计量"});
    rule("SC-12-01", new String[] {"检验检测机构"}, new String[] {"认证认可"});
    rule("SC-12-02", new String[] {"认证获证组织"}, new String[] {"认证认可"});
    rule("SC-13-02", new String[] {"水电气暖"}, new String[] {"价格监督"});
    rule("SC-14-01", new String[] {"电子商务经营者"}, new String[] {"网络交易"});
    rule("SC-16-01", new String[] {"药品经营", "药品使用单位"}, new String[] {"药品"});
  }

  private static void rule(String code, String[] anyTags, String[] specialties) {
    ITEM_RULES.put(code, new String[][] {anyTags, specialties});
  }

  private static Checklist checklist(List<Authority> authorities, SplittableRandom random) {
    List<Map<String, String>> rows = readItems();
    Checklist.Builder list = Checklist.builder()
        .name(CHECKLIST_NAME)
        .version(CHECKLIST_VERSION)
        .issuedBy(PROVINCE_AUTHORITY)
        .effectiveFrom(LocalDate.of(2024, 8, 13));
    List<InspectionItem> items = new ArrayList<>();
    for (Map<String, String> row : rows) {
      String code = row.get("code");
      String target = row.getOrDefault("target", "");
      ApplicabilityRule.Builder rule = ApplicabilityRule.builder();
      Set<EntityKind> kinds = kindsOf(target);
      rule.addAllKinds(kinds);
      String[][] tagsAndSpecialties = ITEM_RULES.get(code);
      Set<String> specialties = new TreeSet<>();
      if (tagsAndSpecialties != null) {
        rule.addAnyTags(tagsAndSpecialties[0]);
        Collections.addAll(specialties, tagsAndSpecialties[1]);
      }
      String department = department(row.getOrDefault("department", ""));
      InspectionItem.Builder item = InspectionItem.builder()
          .code(code)
          .category(row.get("category"))
          .name(row.get("item"))
          .appliesTo(rule.build())
          .kind("重点".equals(row.get("kind")) ? ItemKind.KEY : ItemKind.GENERAL)
          .addAllMethods(methodsOf(row.getOrDefault("methods", ""), specialties))
          .responsibleDepartment(department)
          .addAllLevels(levelsOf(department))
          .addAllRequiredSpecialties(specialties);
      if (!target.isBlank()) {
        item.targetDescription(target);
      }
      if (!row.getOrDefault("basis", "").isBlank()) {
        item.legalBasis(row.get("basis"));
      }
      items.add(item.build());
    }
    list.addAllItems(items);
    // every bureau claims the items of its level; a few county bureaus have not yet claimed all
    for (Authority authority : authorities) {
      for (InspectionItem item : items) {
        if (!item.levels().contains(authority.level())) {
          continue;
        }
        if (authority.level() == AuthorityLevel.COUNTY && random.nextInt(100) < 3) {
          continue;
        }
        list.addClaims(new ItemClaim(item.code(), authority.code(), authority.level()));
      }
    }
    return list.build();
  }

  private static Set<EntityKind> kindsOf(String target) {
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    if (target.contains("企业") && !target.contains("外国企业常驻代表机构")
        || target.matches(".*企业[、，,].*外国企业常驻代表机构.*")) {
      kinds.add(EntityKind.ENTERPRISE);
      kinds.add(EntityKind.BRANCH);
    }
    if (target.contains("个体工商户")) {
      kinds.add(EntityKind.INDIVIDUAL_BUSINESS);
    }
    if (target.contains("农民专业合作社")) {
      kinds.add(EntityKind.FARMERS_COOPERATIVE);
    }
    if (target.contains("外国企业常驻代表机构")) {
      kinds.add(EntityKind.FOREIGN_REPRESENTATIVE_OFFICE);
    }
    if (target.contains("其他经营") || target.contains("各类市场主体")) {
      return EnumSet.noneOf(EntityKind.class);
    }
    return kinds;
  }

  private static Set<InspectionMethod> methodsOf(String text, Set<String> specialties) {
    Set<InspectionMethod> methods = EnumSet.noneOf(InspectionMethod.class);
    for (String part : text.split("[、,，;；]")) {
      switch (part.strip()) {
        case "现场检查", "实地核查" -> methods.add(InspectionMethod.ON_SITE);
        case "网络检查", "网络监测" -> methods.add(InspectionMethod.ONLINE_MONITORING);
        case "书面检查" -> methods.add(InspectionMethod.DOCUMENT_REVIEW);
        case "抽样检测" -> methods.add(InspectionMethod.SAMPLING_TEST);
        case "智慧监管检查" -> methods.add(InspectionMethod.SMART_SUPERVISION);
        default -> { }
      }
    }
    if (methods.isEmpty()) {
      // the source list gives no method: the sample assumes the usual on-site inspection,
      // with document review alongside
      methods.add(InspectionMethod.ON_SITE);
      methods.add(InspectionMethod.DOCUMENT_REVIEW);
    }
    if (specialties.contains("特种设备") || specialties.contains("计量")) {
      methods.add(InspectionMethod.ENTRUSTED_INSTITUTION);
    }
    return methods;
  }

  /**
   * The published responsible department, with the name of another province's bureau replaced by
   * its level (the rows come from lists of several provinces), keeping the section in brackets.
   */
  private static String department(String published) {
    if (published.isBlank()) {
      return "县级以上市场监管部门";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("^[^(（]+?(县|区|市)(市场监督管理局|市场监管局)([(（].*)?$").matcher(published);
    if (m.matches()) {
      String level = m.group(1).equals("市") ? "市级市场监管部门" : "县级市场监管部门";
      return level + (m.group(3) == null ? "" : m.group(3));
    }
    return published;
  }

  private static Set<AuthorityLevel> levelsOf(String department) {
    Set<AuthorityLevel> levels = EnumSet.noneOf(AuthorityLevel.class);
    if (department.contains("县级以上")) {
      levels.add(AuthorityLevel.PROVINCE);
      levels.add(AuthorityLevel.CITY);
      levels.add(AuthorityLevel.COUNTY);
    }
    if (department.contains("市") && (department.contains("市局") || department.contains("市市场")
        || department.contains("市、县") || department.contains("层级:市"))) {
      levels.add(AuthorityLevel.CITY);
    }
    if (department.contains("县") || department.contains("区")) {
      levels.add(AuthorityLevel.COUNTY);
    }
    if (levels.isEmpty()) {
      levels.add(AuthorityLevel.CITY);
      levels.add(AuthorityLevel.COUNTY);
    }
    return levels;
  }

  private static List<Map<String, String>> readItems() {
    try (InputStream in = ShanxiSampleGenerator.class.getResourceAsStream("reference/items.csv")) {
      if (in == null) {
        throw new IllegalStateException("resource reference/items.csv missing from the testkit");
      }
      CsvMapper mapper = new CsvMapper();
      CsvSchema schema = CsvSchema.emptySchema().withHeader();
      List<Map<String, String>> rows = new ArrayList<>();
      try (MappingIterator<Map<String, String>> it =
          mapper.readerFor(Map.class).with(schema).readValues(in)) {
        while (it.hasNext()) {
          rows.add(it.next());
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static int weighted(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("unreachable");
  }

  private static String brand(SplittableRandom random) {
    return BRAND_CHARS[random.nextInt(BRAND_CHARS.length)]
        + BRAND_CHARS[random.nextInt(BRAND_CHARS.length)];
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
