package jp.itaku.contractor.exchange;

import jp.itaku.shared.NotFoundException;

/**
 * No such previewed import, or one that belongs to someone else.
 */
class ImportNotFound extends NotFoundException {

	ImportNotFound(String token) {
		super("no import " + token);
	}

}
