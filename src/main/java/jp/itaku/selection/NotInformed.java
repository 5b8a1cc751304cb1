package jp.itaku.selection;

import java.util.UUID;

import jp.itaku.contractor.ContractorStatus;

/** An active contractor not yet informed of the criteria version in force (SEL-02). */
public record NotInformed(UUID contractorId, String name, ContractorStatus status, int accounts) {

}
