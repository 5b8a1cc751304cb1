package jp.itaku.subcontracting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jp.itaku.approval.ApprovalGranted;
import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorDetails;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractor.CorporateNumber;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.SupplierType;

import org.springframework.context.ApplicationContext;

/**
 * Test fixtures of subcontracting for tests of any module: unique companies in the
 * register, a request's input, and a request approved by the committee (its decision
 * delivered as the approval module's event, since the shared test context has many
 * committee members).
 */
public final class SubcontractingFixtures {

	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";

	private SubcontractingFixtures() {
	}

	/** Registers a company with a unique reading and 法人番号. */
	public static Contractor company(ApplicationContext context, String name) {
		return context.getBean(Contractors.class)
			.register(new ContractorDetails(name, kana(), corporateNumber(), null, null, null, null,
					Set.of(SupplierType.IT_SERVICE), Set.of(AccessKind.VIEW), InformationClassification.INTERNAL, null,
					null, null, null, null, List.of()));
	}

	/** What a request for {@code contractor} → {@code subcontractor} asks. */
	public static SubcontractingInput input(UUID contractor, UUID subcontractor) {
		LocalDate from = LocalDate.of(2026, 12, 1);
		return new SubcontractingInput(contractor, null, subcontractor, null, "運用監視の一次対応", "監視ログ（個人情報を含まない）",
				InformationClassification.INTERNAL, "ISMS 認証取得、アクセスは VPN 経由のみ", from, from.plusMonths(12));
	}

	/** Files a request and has the committee approve it. */
	public static SubcontractingView approved(ApplicationContext context, UUID contractor, UUID subcontractor) {
		Subcontracting subcontracting = context.getBean(Subcontracting.class);
		SubcontractingView filed = subcontracting.request(input(contractor, subcontractor));
		context.publishEvent(new ApprovalGranted(filed.approvalId(), Subcontracting.SUBJECT_TYPE, filed.id().toString(),
				1, filed.requester(), "committee-fixture"));
		return subcontracting.get(filed.id());
	}

	/** A valid 法人番号 no other test uses (with near certainty). */
	public static String corporateNumber() {
		while (true) {
			StringBuilder number = new StringBuilder();
			for (int i = 0; i < 13; i++) {
				number.append(ThreadLocalRandom.current().nextInt(10));
			}
			if (number.charAt(0) != '0' && CorporateNumber.isValid(number.toString())) {
				return number.toString();
			}
		}
	}

	private static String kana() {
		StringBuilder kana = new StringBuilder("サイイタク");
		for (int i = 0; i < 10; i++) {
			kana.append(KATAKANA.charAt(ThreadLocalRandom.current().nextInt(KATAKANA.length())));
		}
		return kana.toString();
	}

}
