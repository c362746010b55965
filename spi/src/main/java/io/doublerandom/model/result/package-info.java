/**
 * The records of inspection results (检查结果) as a store holds them: the versioned result
 * catalogue ({@link io.doublerandom.model.result.ResultCatalogue} of {@link
 * io.doublerandom.model.result.ResultCode}s), one {@link io.doublerandom.model.result.InspectionResult}
 * per task and entity with a {@link io.doublerandom.model.result.Finding} per item and its
 * history of {@link io.doublerandom.model.result.ResultEvent}s, and the entity's {@link
 * io.doublerandom.model.result.StopPublicationApplication} (停止公示). Records refer to each other by
 * id only; every mutable record carries a version (1 when first saved, +1 per saved change).
 *
 * <p>The rules (who may enter, which transitions are allowed, how deadlines are computed) live in
 * {@code io.doublerandom.result} of {@code doublerandom-core}.
 */
package io.doublerandom.model.result;
