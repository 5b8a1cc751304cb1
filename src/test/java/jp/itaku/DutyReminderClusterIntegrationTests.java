package jp.itaku;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jp.itaku.duty.Duties;
import jp.itaku.duty.DutyKey;
import jp.itaku.duty.DutyOwner;
import jp.itaku.duty.DutyPlan;
import jp.itaku.duty.DutyReminders;
import jp.itaku.duty.DutyReminders.ReminderRun;
import jp.itaku.duty.Recurrence;
import jp.itaku.identity.Role;
import jp.itaku.identity.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Itaku nodes on one PostgreSQL run the daily reminder of duties at the same instant,
 * without the scheduler lock (the job's service is called directly on both): each person
 * still gets exactly one digest and each duty is reminded of once, because the digest of
 * a person and day is claimed by a row only one transaction can insert.
 */
class DutyReminderClusterIntegrationTests {

	private static final List<String> MEMBERS = List.of("cl-member1", "cl-member2", "cl-member3");

	private static final List<String> COMMITTEE = List.of("cl-committee1", "cl-committee2");

	private static final List<UUID> DUTIES = new ArrayList<>();

	private static PostgresSupport postgres;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodesWithDueDuties() throws Exception {
		postgres = PostgresSupport.start();
		nodeA = postgres.startNode();
		nodeB = postgres.startNode();
		UserAccounts accounts = nodeA.getBean(UserAccounts.class);
		MEMBERS.forEach((name) -> accounts.createLocal(name, name, "cluster-password", Set.of(Role.MEMBER), null));
		COMMITTEE.forEach((name) -> accounts.createLocal(name, name, "cluster-password", Set.of(Role.COMMITTEE), null));
		Duties duties = nodeA.getBean(Duties.class);
		LocalDate today = LocalDate.now(nodeA.getBean(Clock.class));
		for (String member : MEMBERS) {
			DUTIES.add(duties.schedule(plan(DutyOwner.user(member), today.minusDays(3))));
			DUTIES.add(duties.schedule(plan(DutyOwner.user(member), today.plusDays(10))));
		}
		// overdue by more than 14 days: reported to the committee as well
		DUTIES.add(duties.schedule(plan(DutyOwner.user(MEMBERS.get(0)), today.minusDays(40))));
		DUTIES.add(duties.schedule(plan(DutyOwner.committee(), today.plusDays(5))));
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static DutyPlan plan(DutyOwner owner, LocalDate due) {
		return DutyPlan.of(new DutyKey("contractor-reevaluation", "contractor", UUID.randomUUID().toString()), "SEL-04",
				owner, "duty.demo.contractor-reevaluation", List.of("クラスタ株式会社"), "/contractors",
				Recurrence.every(12, ChronoUnit.MONTHS, Recurrence.Basis.DUE_DATE), due);
	}

	@Test
	void bothNodesRunningTheReminderAtOnceRemindEachPersonOnceAndEachDutyOnce() throws Exception {
		List<ReminderRun> runs = runAtOnce(nodeA, nodeB);
		JdbcTemplate jdbc = new JdbcTemplate(nodeA.getBean(DataSource.class));

		for (String person : concat(MEMBERS, COMMITTEE)) {
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM notification WHERE recipient = ? AND kind = 'duty-reminder'", Integer.class,
					person))
				.as("digests of %s", person)
				.isEqualTo(1);
		}
		assertThat(runs.get(0).digests() + runs.get(1).digests())
			.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM duty_reminder", Integer.class));
		for (UUID duty : DUTIES) {
			assertThat(jdbc.queryForObject("SELECT last_reminded_at FROM duty WHERE id = ?", Object.class, duty))
				.isNotNull();
		}
		assertThat(runs.get(0).duties() + runs.get(1).duties()).isEqualTo(
				jdbc.queryForObject("SELECT count(*) FROM duty WHERE last_reminded_at IS NOT NULL", Integer.class));
		assertThat(nodeB.getBean(DutyReminders.class).remindAll().digests()).isZero();
	}

	/** Starts the reminder on every node at the same instant and waits for all to end. */
	private static List<ReminderRun> runAtOnce(ConfigurableApplicationContext... nodes) throws Exception {
		CyclicBarrier start = new CyclicBarrier(nodes.length);
		ExecutorService threads = Executors.newFixedThreadPool(nodes.length);
		try {
			List<Future<ReminderRun>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext node : nodes) {
				DutyReminders reminders = node.getBean(DutyReminders.class);
				runs.add(threads.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return reminders.remindAll();
				}));
			}
			List<ReminderRun> done = new ArrayList<>();
			for (Future<ReminderRun> run : runs) {
				done.add(run.get(2, TimeUnit.MINUTES));
			}
			return done;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
