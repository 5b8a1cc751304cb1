package jp.itaku.contractor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.identity.ContractorDirectory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the user administration look up the contractor a contractor account represents (規程
 * 8), reading the register directly: the administrator choosing a company must see the
 * whole register.
 */
@Component
@Transactional(readOnly = true)
class RegisterContractorDirectory implements ContractorDirectory {

	private static final int MAX_LIMIT = 100;

	private final ContractorRepository repository;

	RegisterContractorDirectory(ContractorRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<String> nameOf(UUID contractorId) {
		return (contractorId != null) ? this.repository.findById(contractorId).map(Contractor::getName)
				: Optional.empty();
	}

	@Override
	public List<Entry> search(String text, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		ContractorQuery query = new ContractorQuery(text, null, null, null, null, null);
		return this.repository
			.findAll(ContractorSpecifications.matching(query), PageRequest.of(0, size, Sort.by("nameKana", "id")))
			.map((contractor) -> new Entry(contractor.getId(), contractor.getName()))
			.getContent();
	}

}
