package jp.itaku.contract;

import jp.itaku.SignedIn;
import jp.itaku.Representative;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;
import jp.itaku.identity.Role;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Small factories shared by the contract tests. */
final class ContractFixtures {

	private ContractFixtures() {
	}

	/** Runs {@code action} signed in as {@code username} with {@code roles}. */
	static <T> T as(String username, Supplier<T> action, Role... roles) {
		return SignedIn.as(username, action, roles);
	}

	/** Runs {@code action} signed in as a representative of the contractor. */
	static <T> T asRepresentative(UUID contractorId, Supplier<T> action) {
		Representative representative = new Representative(UUID.randomUUID(), contractorId);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(representative, "n/a",
					representative.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The id of the first document listed on the contract. */
	static String firstDocumentId(MockMvc mvc, UUID contractId, RequestPostProcessor user) throws Exception {
		String json = mvc.perform(get("/api/v1/contracts/{id}/documents", contractId).with(user))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(json).get(0).get("id").asString();
	}

	static <T> T asMember(Supplier<T> action) {
		return as("member", action, Role.MEMBER);
	}

	static ContractorDetails contractor(String name) {
		return contractor(name, null);
	}

	/** A contractor whose responsible member (担当) is {@code responsibleMember}. */
	static ContractorDetails contractor(String name, String responsibleMember) {
		return new ContractorDetails(name, "ケイヤクテスト", null, null, null, null, null, Set.of(SupplierType.IT_SERVICE),
				Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null, null, null, responsibleMember, null,
				List.of());
	}

	/**
	 * A one-year outsourcing contract that renews itself yearly with three months'
	 * notice.
	 */
	static ContractDetails renewing(UUID contractorId, LocalDate startOn) {
		return new ContractDetails(contractorId, ContractKind.OUTSOURCING, "給与計算業務委託契約", "T-" + UUID.randomUUID(),
				"テスト株式会社", startOn, startOn.plusYears(1).minusDays(1), true, 12, 3, null, null);
	}

	/**
	 * A contract without renewal, ending on {@code endOn}, with a notice period in days.
	 */
	static ContractDetails fixed(UUID contractorId, ContractKind kind, LocalDate startOn, LocalDate endOn,
			Integer noticeDays) {
		return new ContractDetails(contractorId, kind, "保守契約", null, "テスト株式会社", startOn, endOn, false, null, null,
				noticeDays, null);
	}

}
