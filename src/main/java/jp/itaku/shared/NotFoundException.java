package jp.itaku.shared;

/**
 * No such record, or none the caller may see: both answer 404, so that a contractor
 * account cannot learn which other records exist.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
