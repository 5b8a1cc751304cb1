package jp.itaku.contract;

import java.util.UUID;

import jp.itaku.shared.NotFoundException;

/** No such contract, or none the caller may see (404). */
public class ContractNotFound extends NotFoundException {

	ContractNotFound(UUID id) {
		super("no contract " + id);
	}

}
