package newsfacts.core.model;

import java.util.List;

/** One page of a result; {@code cursor} asks for the next one and is null on the last page. */
public record Page<T>(List<T> items, String cursor) {
}
