package jp.itaku.contractor;

import jp.itaku.shared.NotFoundException;

/**
 * No such contractor, or none the caller may see.
 */
public class ContractorNotFound extends NotFoundException {

	ContractorNotFound(ContractorId id) {
		super("no contractor " + id);
	}

}
