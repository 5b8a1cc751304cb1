package jp.itaku.subcontracting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.itaku.compliance.ComplianceStatus;
import jp.itaku.compliance.RequirementAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * R01 from the subcontracting side (規程 4.2(3)①): a gap while unapproved subcontracting is
 * open, due soon while requests await the committee, OK otherwise, never not tracked.
 */
class SubcontractingComplianceTests {

	private final SubcontractingFindingRepository findings = mock(SubcontractingFindingRepository.class);

	private final SubcontractingRequestRepository requests = mock(SubcontractingRequestRepository.class);

	private SubcontractingCompliance compliance;

	@BeforeEach
	void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/subcontracting");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		LocaleContextHolder.setLocale(Locale.JAPANESE);
		this.compliance = new SubcontractingCompliance(this.findings, this.requests, messages,
				Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneId.of("Asia/Tokyo")));
		when(this.findings.findTop20ByStatusOrderByFoundOnAsc(FindingStatus.OPEN)).thenReturn(List.of());
		when(this.requests.oldestCreatedAt(SubcontractingStatus.UNDER_REVIEW)).thenReturn(Optional.empty());
	}

	@Test
	void anOpenFindingIsAGapThatLinksToTheFindings() {
		when(this.findings.countByStatus(FindingStatus.OPEN)).thenReturn(2L);
		when(this.requests.countByStatus(SubcontractingStatus.UNDER_REVIEW)).thenReturn(3L);

		RequirementAssessment r01 = only();

		assertThat(r01.status()).isEqualTo(ComplianceStatus.GAP);
		assertThat(r01.detail()).contains("2");
		assertThat(r01.links()).contains("/subcontracting/findings?status=OPEN");
	}

	@Test
	void requestsAwaitingTheCommitteeAreDueSoonWithTheirCountAndOldestDate() {
		when(this.findings.countByStatus(FindingStatus.OPEN)).thenReturn(0L);
		when(this.requests.countByStatus(SubcontractingStatus.UNDER_REVIEW)).thenReturn(3L);
		when(this.requests.oldestCreatedAt(SubcontractingStatus.UNDER_REVIEW))
			.thenReturn(Optional.of(Instant.parse("2026-11-20T23:30:00Z")));

		RequirementAssessment r01 = only();

		assertThat(r01.status()).isEqualTo(ComplianceStatus.DUE_SOON);
		// the oldest request's day in Tokyo, not in UTC
		assertThat(r01.detail()).contains("3").contains("2026-11-21");
		assertThat(r01.links()).containsExactly("/subcontracting?pending=true");
	}

	@Test
	void nothingOpenAndNothingPendingIsOk() {
		when(this.findings.countByStatus(FindingStatus.OPEN)).thenReturn(0L);
		when(this.requests.countByStatus(SubcontractingStatus.UNDER_REVIEW)).thenReturn(0L);

		assertThat(only().status()).isEqualTo(ComplianceStatus.OK);
	}

	private RequirementAssessment only() {
		List<RequirementAssessment> assessments = this.compliance.assess();
		assertThat(assessments).hasSize(1).allMatch((a) -> a.requirementId().equals("R01"));
		return assessments.get(0);
	}

}
