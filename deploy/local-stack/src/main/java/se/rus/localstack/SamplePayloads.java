package se.rus.localstack;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Filled instances of an event payload record, built from its components, so the contract test needs no
 * hand-written sample that could drift from the record: every component set (nothing null), nested records and
 * lists of them filled too, and one instance per enum value (the n-th instance takes each enum's n-th value), so
 * every enum value the code can write is checked against the schema.
 */
public final class SamplePayloads {

    private static final UUID ID = UUID.fromString("2f5a7f7e-3a3c-4d4c-8f0e-1d2b3c4d5e6f");

    private SamplePayloads() {
    }

    public static List<Object> of(Class<?> record) {
        int variants = Math.max(1, largestEnum(record, 0));
        List<Object> samples = new ArrayList<>();
        for (int variant = 0; variant < variants; variant++) {
            samples.add(value(record, record, "", variant));
        }
        return samples;
    }

    private static int largestEnum(Type type, int depth) {
        Class<?> raw = raw(type);
        if (depth > 5) {
            return 0;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants().length;
        }
        if (List.class.isAssignableFrom(raw)) {
            return largestEnum(((ParameterizedType) type).getActualTypeArguments()[0], depth + 1);
        }
        int largest = 0;
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                largest = Math.max(largest, largestEnum(component.getGenericType(), depth + 1));
            }
        }
        return largest;
    }

    private static Object value(Type type, Class<?> owner, String name, int variant) {
        Class<?> raw = raw(type);
        if (raw == UUID.class) {
            return ID;
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            long number = switch (name) {
                case "year", "periodEnd" -> 2024;
                case "periodStart" -> 2022;
                case "valuation", "previousValuation" -> 2;
                default -> 1;
            };
            return raw == int.class || raw == Integer.class ? (Object) (int) number : (Object) number;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("21.50");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return variant % 2 == 0;
        }
        if (raw == String.class) {
            return name.startsWith("countyCode") ? "21" : "Text om " + name + " i " + owner.getSimpleName();
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2024, 3, 15);
        }
        if (raw == Instant.class) {
            return Instant.parse("2024-03-15T09:00:00Z");
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[variant % constants.length];
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of(value(((ParameterizedType) type).getActualTypeArguments()[0], owner, name, variant));
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(components[i].getGenericType(), raw, components[i].getName(), variant);
                types[i] = components[i].getType();
            }
            try {
                var constructor = raw.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a " + raw.getName(), e);
            }
        }
        if (raw.isArray()) {
            Object array = Array.newInstance(raw.getComponentType(), 1);
            Array.set(array, 0, value(raw.getComponentType(), owner, name, variant));
            return array;
        }
        throw new IllegalArgumentException("no sample for " + type + " (" + owner.getSimpleName() + "." + name
                + "); teach SamplePayloads this type");
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
