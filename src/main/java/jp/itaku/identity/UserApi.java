package jp.itaku.identity;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.itaku.identity.UserCommands.Created;
import jp.itaku.identity.UserCommands.NewUser;
import jp.itaku.identity.UserCommands.PasswordReset;
import jp.itaku.identity.UserCommands.UserChange;
import jp.itaku.shared.ApiController;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user administration as JSON, for administrators only.
 */
@ApiController("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "利用者とロールの管理 (administrators only)")
class UserApi {

	private final UserAdministration users;

	UserApi(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "List accounts, searched by user name, display name or e-mail")
	UserPage list(@RequestParam(defaultValue = "") @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(defaultValue = "username") @Pattern(regexp = "username|displayName") String sort) {
		Page<UserView> result = this.users.search(q, PageRequest.of(page, size, Sort.by(sort).and(Sort.by("id"))));
		return new UserPage(result.getContent(),
				new PageInfo(result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	UserView get(@PathVariable UUID id) {
		return this.users.get(id);
	}

	@PostMapping
	@Operation(summary = "Create an account; without a password, a one-time password is returned once")
	ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUserRequest request) {
		Created created = this.users.create(new NewUser(request.username(), request.displayName().strip(),
				request.email(), request.roles(), request.contractorId(), request.password()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
			.body(new CreatedUser(created.user(), created.oneTimePassword()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change display name, e-mail, roles and contractor; a stale version answers 409")
	UserView update(@PathVariable UUID id, @Valid @RequestBody UserChangeRequest request) {
		return this.users.update(id, new UserChange(request.version(), request.displayName().strip(), request.email(),
				request.roles(), request.contractorId()));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable an account (accounts are never deleted)")
	UserView disable(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		return this.users.disable(id, request.version());
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enable a disabled account")
	UserView enable(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		return this.users.enable(id, request.version());
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift the lock after failed sign-ins")
	UserView unlock(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		return this.users.unlock(id, request.version());
	}

	@PostMapping("/{id}/password-reset")
	@Operation(summary = "Set a new password; without one, a one-time password is returned once")
	CreatedUser resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordResetRequest request) {
		PasswordReset reset = this.users.resetPassword(id, request.version(), request.password());
		return new CreatedUser(reset.user(), reset.oneTimePassword());
	}

	record NewUserRequest(@NotBlank @Pattern(regexp = UserForm.USERNAME) String username,
			@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email,
			@NotEmpty Set<Role> roles, UUID contractorId, @Size(max = 200) String password) {
	}

	record UserChangeRequest(@NotNull Long version, @NotBlank @Size(max = 200) String displayName,
			@Email @Size(max = 320) String email, @NotEmpty Set<Role> roles, UUID contractorId) {
	}

	record VersionRequest(@NotNull Long version) {
	}

	record PasswordResetRequest(@NotNull Long version, @Size(max = 200) String password) {
	}

	/** An account with the one-time password to show once (absent when one was typed). */
	record CreatedUser(UserView user, String oneTimePassword) {
	}

	record UserPage(List<UserView> content, PageInfo page) {
	}

	record PageInfo(int number, int size, long totalElements, int totalPages) {
	}

}
