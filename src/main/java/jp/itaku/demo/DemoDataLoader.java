package jp.itaku.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jp.itaku.awareness.TrainingSessions;
import jp.itaku.approval.Approvals;
import jp.itaku.clause.ChecklistCorrections;
import jp.itaku.clause.ClauseChecklists;
import jp.itaku.clause.SupplierPolicies;
import jp.itaku.contract.ContractDocuments;
import jp.itaku.contract.Contracts;
import jp.itaku.contractor.Contractors;
import jp.itaku.contractreview.ContractReviews;
import jp.itaku.corrective.CorrectiveActions;
import jp.itaku.duty.Duties;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import jp.itaku.regulation.Acknowledgements;
import jp.itaku.regulation.ChangeRequests;
import jp.itaku.regulation.Regulation;
import jp.itaku.regulation.Reviews;
import jp.itaku.selection.CriteriaNotices;
import jp.itaku.selection.Evaluations;
import jp.itaku.selection.SelectionCriteria;
import jp.itaku.subcontracting.Subcontracting;
import jp.itaku.subcontracting.UnapprovedSubcontracting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data at start-up in the {@code demo} profile: the demo register, then
 * one user per role, then the demo duties. It does nothing when the demo data is already
 * there, so that a restarted demo keeps what was done in it. Everything is written in one
 * transaction: a failed load leaves no half-filled demo behind.
 * <p>
 * The data is written through each module's facade, never into its tables, so that it
 * obeys the same rules and leaves the same audit trail as real use. A later module adds
 * its demo records the same way: a file under {@code demo/} whose rows name their
 * contractor by key, read by a small class of this package and loaded after the
 * contractors with the {@link DemoContractorIds} they return.
 */
@Component
@Profile("demo")
// after the initial administrator (@Order(0)): it creates admin only while there are no
// users, so the demo users must come later
@Order(100)
class DemoDataLoader implements ApplicationRunner {

	/** The password of every demo user, shown on the login page in demo mode. */
	static final String PASSWORD = "itaku-demo";

	/** The actor the audit trail records for the demo data. */
	static final String ACTOR = "demo-loader";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Contractors contractors;

	private final UserAccounts accounts;

	private final Duties duties;

	private final Clock clock;

	private final DemoRegulation regulation;

	private final DemoSelection selection;

	private final DemoCorrectiveActions correctiveActions;

	private final DemoAwareness awareness;

	private final DemoContracts contracts;

	private final DemoClauses clauses;

	private final DemoContractReviews contractReviews;

	private final DemoSubcontracting subcontracting;

	private final DemoContractDocuments contractDocuments;

	DemoDataLoader(Contractors contractors, UserAccounts accounts, Duties duties, Clock clock, Regulation regulation,
			Acknowledgements acknowledgements, Reviews reviews, ChangeRequests changeRequests,
			SelectionCriteria criteria, Evaluations evaluations, CriteriaNotices notices, Approvals approvals,
			CorrectiveActions correctiveActions, TrainingSessions trainingSessions, Contracts contracts,
			ClauseChecklists clauseChecklists, ChecklistCorrections checklistCorrections,
			SupplierPolicies supplierPolicies, ContractReviews contractReviews, Subcontracting subcontracting,
			UnapprovedSubcontracting findings, ContractDocuments contractDocuments) {
		this.contractors = contractors;
		this.accounts = accounts;
		this.duties = duties;
		this.clock = clock;
		this.regulation = new DemoRegulation(regulation, acknowledgements, reviews, changeRequests, clock);
		this.selection = new DemoSelection(criteria, evaluations, notices, approvals, clock);
		this.correctiveActions = new DemoCorrectiveActions(correctiveActions, clock);
		this.awareness = new DemoAwareness(trainingSessions, clock);
		this.contracts = new DemoContracts(contracts, clock);
		this.clauses = new DemoClauses(clauseChecklists, checklistCorrections, supplierPolicies, clock);
		this.contractReviews = new DemoContractReviews(contractReviews, contracts, clock);
		this.subcontracting = new DemoSubcontracting(subcontracting, findings, approvals, contracts, clock);
		this.contractDocuments = new DemoContractDocuments(contractDocuments);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		DemoUsers users = new DemoUsers(this.accounts);
		if (users.anyExists()) {
			log.info("Demo data already present: nothing loaded");
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(systemActor());
		try {
			this.selection.recordInitialCriteria();
			DemoContractorIds contractors = new DemoContractors(this.contractors).load(this.selection::beforeStatus);
			users.load(contractors);
			this.regulation.load();
			this.selection.afterUsers(contractors, DemoContractors.read());
			int duties = new DemoDuties(this.duties).load(LocalDate.now(this.clock), contractors);
			this.correctiveActions.load(contractors);
			this.awareness.load();
			Map<String, UUID> contracts = this.contracts.load(contractors);
			this.clauses.load(contracts);
			// after the findings: the check's suggestions wait on what is still
			// unreviewed
			this.contractDocuments.load(contracts);
			// after the checklists: a confirmed review passes the gate only on a complete
			// one
			this.contractReviews.load(contracts);
			this.subcontracting.load(contractors, contracts);
			log.info(
					"Loaded the demo data: {} contractors, {} users, {} duties and {} contracts; every demo user signs in with the password {}",
					contractors.size(), DemoUsers.read().size(), duties, contracts.size(), PASSWORD);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The register's facade records the signed-in user as the actor of each change; at
	 * start-up nobody is, so the loader signs in as itself, with the administrator's
	 * rights.
	 */
	private static SecurityContext systemActor() {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		return context;
	}

}
