package se.lyssna.definitions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The name an item kind has in questionnaire files; kept beside the type so the two cannot drift apart. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ItemKind {
    String value();
}
