package jp.itaku.notification;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a notice's arguments as a JSON array of strings, so that any character in them
 * (quotes, separators, line breaks, {@code <script>}) survives the round trip unchanged.
 */
@Converter
class NoticeArgs implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> args) {
		return JSON.writeValueAsString((args != null) ? args : List.of());
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isBlank()) ? List.of() : List.copyOf(JSON.readValue(column, STRINGS));
	}

}
