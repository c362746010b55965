package io.doublerandom.model.result;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned table of result codes (the catalogue is data: a province extends or replaces it).
 * Every result records the catalogue it was entered against by {@link #reference()}.
 *
 * @param name the catalogue's name (for example {@code "doublerandom"} or {@code "zhejiang"})
 * @param version its version, 1 or more; a changed table is a new version, never an edit
 * @param codes the codes in table order, each code once
 */
public record ResultCatalogue(String name, int version, List<ResultCode> codes) {

  /** Validates that the name is set, the version positive and every code unique. */
  public ResultCatalogue {
    if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException("catalogue name must be 1 to 64 letters, digits, '.', "
          + "'-' or '_', got '" + name + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version of catalogue " + name + " must be 1 or more, "
          + "got " + version);
    }
    codes = List.copyOf(codes);
    Set<String> seen = new HashSet<>();
    for (ResultCode c : codes) {
      if (!seen.add(c.code())) {
        throw new IllegalArgumentException("catalogue " + name + " lists result code "
            + c.code() + " twice");
      }
    }
  }

  /** {@code name@version}, the value results record. */
  public String reference() {
    return name + "@" + version;
  }

  /** The code {@code code}, if the catalogue has it. */
  public Optional<ResultCode> find(String code) {
    return codes.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The codes of {@code category}, in table order. */
  public List<ResultCode> ofCategory(ResultCategory category) {
    return codes.stream().filter(c -> c.category() == category).toList();
  }
}
