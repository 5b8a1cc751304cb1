package jp.itaku.contractor;

/**
 * No such contractor, or none the caller may see.
 */
public class ContractorNotFound extends RuntimeException {

	ContractorNotFound(ContractorId id) {
		super("no contractor " + id);
	}

}
