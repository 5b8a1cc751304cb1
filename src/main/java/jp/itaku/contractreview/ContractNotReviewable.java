package jp.itaku.contractreview;

import java.util.UUID;

import jp.itaku.contract.ContractStatus;
import jp.itaku.shared.ConflictException;

/** Only a contract in effect (締結済 or 更新) is reviewed; 409 for a draft or an ended one. */
public class ContractNotReviewable extends ConflictException {

	ContractNotReviewable(UUID contractId, ContractStatus status) {
		super("contract " + contractId + " is " + status + ", not active", "contractreview.error.notActive");
	}

}
