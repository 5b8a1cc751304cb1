package jp.itaku.duty;

/**
 * What identifies a duty series: its kind (e.g. {@code regulation-review}) and the record
 * it concerns in the module that registers it (e.g. {@code regulation} /
 * {@code current}).
 *
 * @param kind the kind of duty, a short code
 * @param subjectType the kind of record the duty concerns
 * @param subjectId the record's identifier as text
 */
public record DutyKey(String kind, String subjectType, String subjectId) {

	public DutyKey {
		kind = DutyChecks.code("kind", kind, 60);
		subjectType = DutyChecks.code("subjectType", subjectType, 60);
		subjectId = DutyChecks.code("subjectId", subjectId, 100);
	}

	@Override
	public String toString() {
		return this.kind + "/" + this.subjectType + "/" + this.subjectId;
	}

}
