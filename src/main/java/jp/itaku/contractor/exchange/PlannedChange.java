package jp.itaku.contractor.exchange;

import java.util.UUID;

import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.ContractorStatus;

/**
 * One valid row of a previewed import: a contractor to create ({@code id} null) or to
 * update at the {@code version} the file was based on.
 */
record PlannedChange(int row, UUID id, Long version, ContractorDetails details, ContractorStatus status) {

	boolean creates() {
		return this.id == null;
	}

}
