package io.doublerandom.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project (compile time only).
 *
 * <p>Value types are public abstract classes; the generated {@code Immutable*} classes are
 * package-private and never appear in a public signature. Each value type declares its own
 * {@code public static final class Builder extends ImmutableX.Builder} so that callers write
 * {@code MarketEntity.builder()...build()} and get the abstract type back.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    jdkOnly = true,
    optionalAcceptNullable = true,
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
public @interface DoubleRandomStyle {}
