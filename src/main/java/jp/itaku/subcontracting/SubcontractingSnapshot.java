package jp.itaku.subcontracting;

/**
 * What the committee decides on for a subcontracting request, frozen in the 稟議 (規程
 * 4.2(3)①): a record written in the organisation's language, like every 稟議, so that what
 * was approved can be read later exactly as it was put.
 */
final class SubcontractingSnapshot {

	private SubcontractingSnapshot() {
	}

	static String title(SubcontractingView request) {
		return "再委託承認申請: " + request.contractorName() + " → " + request.subcontractorName();
	}

	static String summary(SubcontractingView request) {
		String work = request.work();
		return (work.length() > 2000) ? work.substring(0, 1999) + "…" : work;
	}

	static String of(SubcontractingView request) {
		StringBuilder text = new StringBuilder();
		line(text, "委託先", request.contractorName() + " (" + request.contractorId() + ")");
		line(text, "再委託先", request.subcontractorName() + " (" + request.subcontractorId() + ")");
		line(text, "契約", (request.contractId() != null) ? request.contractId() + " " + request.contractKind() : "-");
		line(text, "期間", request.periodFrom() + " 〜 " + request.periodTo());
		line(text, "業務内容", request.work());
		line(text, "取り扱う情報", request.information() + "（" + request.classification() + "）");
		line(text, "セキュリティ対策", request.securityMeasures());
		line(text, "申請者", request.requester());
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(label).append(": ").append(value).append('\n');
	}

}
