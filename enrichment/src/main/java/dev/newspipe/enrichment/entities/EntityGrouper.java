package dev.newspipe.enrichment.entities;

import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups one article's mentions into entities: by key where the recognizer knew the entity, else by
 * canonical name, else by surface; then a person's short form joins the one full name it is part of
 * ("Trump" → "Donald Trump", 「トランプ」 → 「ドナルド・トランプ」, 「石破」 → 「石破茂」).
 */
public final class EntityGrouper {

    private static final Comparator<EntityMention> IN_TEXT_ORDER = Comparator
            .comparing((EntityMention m) -> m.field() == TextField.TITLE ? 0 : 1)
            .thenComparingInt(EntityMention::start);

    public List<EntityTag> group(List<EntityMention> mentions) {
        Map<String, List<EntityMention>> groups = new LinkedHashMap<>();
        for (EntityMention mention : mentions.stream().sorted(IN_TEXT_ORDER).toList()) {
            groups.computeIfAbsent(groupKey(mention), k -> new ArrayList<>()).add(mention);
        }
        mergeShortPersonNames(groups);
        List<EntityTag> entities = new ArrayList<>();
        for (List<EntityMention> group : groups.values()) {
            entities.add(toTag(group));
        }
        return entities;
    }

    private static String groupKey(EntityMention m) {
        if (m.key() != null) {
            return "key:" + m.key();
        }
        if (m.canonical() != null) {
            return m.type() + ":" + normalize(m.canonical());
        }
        return m.type() + ":" + normalize(m.text());
    }

    /** A person group known only by its surface joins the single longer person name that contains it as a name part. */
    private static void mergeShortPersonNames(Map<String, List<EntityMention>> groups) {
        List<String> keys = new ArrayList<>(groups.keySet());
        for (String shortKey : keys) {
            List<EntityMention> shortGroup = groups.get(shortKey);
            EntityMention first = shortGroup.get(0);
            if (first.type() != EntityType.PERSON || first.key() != null || first.canonical() != null) {
                continue;
            }
            String shortName = first.text();
            String target = null;
            for (Map.Entry<String, List<EntityMention>> other : groups.entrySet()) {
                if (other.getKey().equals(shortKey) || other.getValue().get(0).type() != EntityType.PERSON) {
                    continue;
                }
                boolean contains = other.getValue().stream().anyMatch(m -> isNamePart(shortName, m.text()));
                if (contains) {
                    if (target != null) {
                        target = null; // two candidates: leave it alone
                        break;
                    }
                    target = other.getKey();
                }
            }
            if (target != null) {
                groups.get(target).addAll(shortGroup);
                groups.get(target).sort(IN_TEXT_ORDER);
                groups.remove(shortKey);
            }
        }
    }

    /** Whether {@code part} is a whole name part of the longer {@code name}. */
    static boolean isNamePart(String part, String name) {
        if (part.length() >= name.length()) {
            return false;
        }
        for (String separator : List.of(" ", "・", "·", "•", "=", "＝")) {
            if (name.endsWith(separator + part) || name.startsWith(part + separator)) {
                return true;
            }
        }
        // CJK names are written without separators: family name first (石破 in 石破茂).
        return part.length() >= 2 && name.startsWith(part) && isIdeographic(name);
    }

    private static boolean isIdeographic(String s) {
        return s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static EntityTag toTag(List<EntityMention> group) {
        EntityMention first = group.get(0);
        String key = group.stream().map(EntityMention::key).filter(k -> k != null).findFirst().orElse(null);
        String canonical = group.stream().map(EntityMention::canonical).filter(c -> c != null).findFirst()
                .orElseGet(() -> group.stream().map(EntityMention::text).max(Comparator.comparingInt(String::length)).orElseThrow());
        double confidence = group.stream().mapToDouble(EntityMention::confidence).max().orElse(0.5);
        List<Mention> mentions = group.stream()
                .map(m -> new Mention(m.text(), m.field(), m.start(), m.end()))
                .distinct()
                .toList();
        return new EntityTag(first.text(), first.type(), canonical, key, Math.min(1.0, confidence), mentions);
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** The language-independent key of an entity known by its English name: {@code Xi Jinping} → {@code xi-jinping}. */
    public static String slug(String englishName) {
        return Normalizer.normalize(englishName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
