package jp.itaku.regulation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the regulation's plain text into its numbered sections ({@code 1} 趣旨 … {@code 9}
 * 改訂, with {@code 4.1}–{@code 4.4} and {@code 5.1}–{@code 5.4}). The text writes section
 * numbers in full-width digits ({@code ４．１}); they are stored in ASCII.
 */
final class RegulationText {

	// a heading line: a number such as "４" or "４．１", then a tab or space, then the
	// heading
	private static final Pattern HEADING = Pattern.compile("^([0-9０-９]+(?:[.．][0-9０-９]+)?)[\\t 　]+(\\S.*)$");

	private RegulationText() {
	}

	/**
	 * The sections in the order of the text; lines before the first heading (the title)
	 * belong to no section.
	 */
	static List<Section> parse(String text) {
		List<Section> sections = new ArrayList<>();
		String number = null;
		String heading = null;
		StringBuilder body = new StringBuilder();
		for (String line : text.split("\\R", -1)) {
			Matcher matcher = HEADING.matcher(line.strip());
			if (matcher.matches()) {
				if (number != null) {
					sections.add(new Section(number, heading, body.toString().strip(), sections.size() + 1));
				}
				number = ascii(matcher.group(1));
				heading = matcher.group(2).strip();
				body.setLength(0);
			}
			else if (number != null) {
				body.append(line).append('\n');
			}
		}
		if (number != null) {
			sections.add(new Section(number, heading, body.toString().strip(), sections.size() + 1));
		}
		return sections;
	}

	/**
	 * The sections written back as plain text, one heading line (number, tab, heading)
	 * before each section's text, so that {@link #parse} gives the same sections again. A
	 * proposed revision is edited in this form.
	 */
	static String render(List<Section> sections) {
		StringBuilder text = new StringBuilder();
		for (Section section : sections) {
			text.append(section.number()).append('\t').append(section.heading()).append('\n');
			if (!section.text().isEmpty()) {
				text.append(section.text()).append('\n');
			}
			text.append('\n');
		}
		return text.toString();
	}

	static String ascii(String number) {
		StringBuilder ascii = new StringBuilder();
		for (char c : number.toCharArray()) {
			if (c >= '０' && c <= '９') {
				ascii.append((char) ('0' + (c - '０')));
			}
			else if (c == '．') {
				ascii.append('.');
			}
			else {
				ascii.append(c);
			}
		}
		return ascii.toString();
	}

	/**
	 * One numbered section of a version of the regulation.
	 *
	 * @param number e.g. {@code 4.2}
	 * @param heading e.g. 委託契約に関する遵守事項
	 * @param text the section's text, without its heading
	 * @param position its place in the regulation, from 1
	 */
	record Section(String number, String heading, String text, int position) {
	}

}
