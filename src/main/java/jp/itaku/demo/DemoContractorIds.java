package jp.itaku.demo;

import java.util.Map;

import jp.itaku.contractor.ContractorId;

/**
 * The registered demo contractors' ids by their key in {@code demo/contractors.tsv}: how
 * demo users and the related records of later modules find the contractor they belong to.
 */
record DemoContractorIds(Map<String, ContractorId> byKey) {

	DemoContractorIds {
		byKey = Map.copyOf(byKey);
	}

	ContractorId of(String key) {
		ContractorId id = this.byKey.get(key);
		if (id == null) {
			throw new IllegalStateException("no demo contractor with the key " + key);
		}
		return id;
	}

	int size() {
		return this.byKey.size();
	}

}
