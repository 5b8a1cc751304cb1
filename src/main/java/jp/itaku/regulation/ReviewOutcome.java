package jp.itaku.regulation;

/** What the committee's yearly review of the regulation concluded (規程 9 REV-03). */
public enum ReviewOutcome {

	/** The regulation remains appropriate as it is. */
	NO_CHANGE,
	/** Changes are needed: the review names the change requests it led to. */
	CHANGES_REQUESTED

}
