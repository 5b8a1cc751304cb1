package jp.itaku.clause;

import java.util.UUID;

/** An active contract that does not (yet) hold an applicable item. */
record ItemGap(String requirementId, UUID contractId, String label) {

}
