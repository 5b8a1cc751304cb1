package jp.itaku.identity;

import java.util.UUID;

/**
 * Implemented by the principals Itaku creates for its accounts, local or single sign-on.
 */
public interface ItakuPrincipal {

	UUID userId();

	UUID contractorId();

}
