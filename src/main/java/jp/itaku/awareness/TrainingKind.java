package jp.itaku.awareness;

/**
 * What an awareness session teaches, and the item of 規程 4.2(1)③ it serves.
 */
public enum TrainingKind {

	/**
	 * S10: 調達に関する組織の要員を対象とした、適用される方針・プロセス及び手順についての意識向上訓練.
	 */
	PROCUREMENT("S10"),
	/**
	 * S11: 供給者の要員とやり取りする組織の要員を対象とした、関与及び行動に関する適切な規則についての意識向上訓練.
	 */
	SUPPLIER_CONTACT("S11");

	private final String requirementId;

	TrainingKind(String requirementId) {
		this.requirementId = requirementId;
	}

	/** The requirement id of requirements.tsv this kind of training serves. */
	public String requirementId() {
		return this.requirementId;
	}

}
