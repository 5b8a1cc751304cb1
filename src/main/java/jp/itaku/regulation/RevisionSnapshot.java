package jp.itaku.regulation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jp.itaku.regulation.RegulationComparison.Change;
import jp.itaku.regulation.RegulationComparison.Row;
import jp.itaku.regulation.RegulationComparison.SectionChange;
import jp.itaku.regulation.RegulationText.Section;

/**
 * What the committee decides on for a change request, frozen in the 稟議: the request, the
 * changed passages against the version it revises, and the SHA-256 of the whole proposed
 * text, so that what was approved can be matched to what is adopted.
 */
final class RevisionSnapshot {

	private static final String OMITTED = "…（以下省略。全文は変更申請の画面を参照）";

	private RevisionSnapshot() {
	}

	static String of(ChangeRequest request, List<Section> base, int maxLength) {
		StringBuilder text = new StringBuilder();
		text.append("件名: ").append(request.getTitle()).append('\n');
		text.append("理由: ").append(request.getReason()).append('\n');
		text.append("改訂対象: 第").append(request.getBaseVersion()).append("版\n");
		text.append("施行予定日: ")
			.append((request.getProposedEffectiveOn() != null) ? request.getProposedEffectiveOn() : "承認日")
			.append('\n');
		text.append("提案本文 SHA-256: ").append(sha256(request.getProposedText())).append("\n\n変更箇所:\n");
		for (SectionChange change : changes(base, request.getProposedText())) {
			text.append("■ ")
				.append(change.number())
				.append(' ')
				.append((change.headingTo() != null) ? change.headingTo() : change.headingFrom())
				.append('（')
				.append(label(change.change()))
				.append("）\n");
			for (Row row : change.rows()) {
				if (row.changed()) {
					appendLine(text, "- ", row.from());
					appendLine(text, "+ ", row.to());
				}
			}
		}
		if (text.length() > maxLength) {
			return text.substring(0, maxLength - OMITTED.length() - 1) + "\n" + OMITTED;
		}
		return text.toString();
	}

	/** The sections that the proposed text changes, adds or removes. */
	static List<SectionChange> changes(List<Section> base, String proposedText) {
		return RegulationComparison.compareSections(base, RegulationText.parse(proposedText))
			.stream()
			.filter((change) -> change.change() != Change.UNCHANGED)
			.toList();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static void appendLine(StringBuilder text, String mark, String line) {
		if (line != null && !line.isEmpty()) {
			text.append(mark).append(line).append('\n');
		}
	}

	private static String label(Change change) {
		return switch (change) {
			case ADDED -> "追加";
			case REMOVED -> "削除";
			case CHANGED -> "変更";
			case UNCHANGED -> "変更なし";
		};
	}

}
