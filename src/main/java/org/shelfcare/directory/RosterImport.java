package org.shelfcare.directory;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a whole roster from a CSV file. A preview lists every row's problems before anything is
 * saved; the import itself checks everything again and happens in one transaction, so a roster
 * is imported completely or not at all.
 */
@Service
@Transactional
public class RosterImport {

    /** The columns every roster has, in the order of the template. */
    public static final List<String> HEADER = List.of("name", "email", "username", "branch", "department",
            "job_title", "roles", "supervisor_email");
    /** The column a roster may also have: the day the person started at the library, as YYYY-MM-DD. */
    public static final String START_DATE = "start_date";
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    private final DirectoryManagement directory;
    private final People people;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    RosterImport(DirectoryManagement directory, People people, Organizations organizations,
            ApplicationEventPublisher events, JdbcClient jdbc) {
        this.directory = directory;
        this.people = people;
        this.organizations = organizations;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** One problem of a row: the column it is in, and a message code with its arguments. */
    public record Problem(String column, String code, List<String> args) implements Serializable {}

    /**
     * A row of the roster as it was written, and its problems.
     *
     * @param number the row number as a spreadsheet shows it (the header is row 1)
     * @param startDate the start date as written, empty when the file has no such column or cell
     */
    public record Row(int number, String name, String email, String username, String branch, String department,
            String jobTitle, String roles, String supervisorEmail, String startDate, List<Problem> problems)
            implements Serializable {

        public boolean ok() {
            return problems.isEmpty();
        }

        public @Nullable String problem(String column) {
            return problems.stream().filter(p -> p.column().equals(column)).map(Problem::code).findFirst().orElse(null);
        }

        Row with(List<Problem> found) {
            return new Row(number, name, email, username, branch, department, jobTitle, roles, supervisorEmail, startDate,
                    found);
        }
    }

    /** Every row of a roster with its problems; it can be imported only when no row has any. */
    public record Preview(List<Row> rows) implements Serializable {

        public long rowsWithProblems() {
            return rows.stream().filter(r -> !r.ok()).count();
        }

        public boolean ready() {
            return !rows.isEmpty() && rowsWithProblems() == 0;
        }
    }

    /** Someone the import invited, with the link they open to set a password. */
    public record Imported(UUID id, String name, @Nullable String email, @Nullable String username,
            String invitationUrl) implements Serializable {

        public String login() {
            return email != null ? email : java.util.Objects.requireNonNullElse(username, "");
        }
    }

    /**
     * Reads a roster file and lists each row's problems; saves nothing. A file that is too big
     * answers 413; one that is not UTF-8 text, has the wrong header or cannot be read answers 400.
     */
    @Transactional(readOnly = true)
    public Preview preview(CurrentUser admin, byte[] content) {
        admin.require(Role.ADMIN);
        return check(admin, read(content));
    }

    /** Checks rows again (the people of the library may have changed since the preview). */
    @Transactional(readOnly = true)
    public Preview check(CurrentUser admin, List<Row> rows) {
        admin.require(Role.ADMIN);
        UUID orgId = admin.organizationId();
        Map<String, UUID> branches = byName(organizations.branches(orgId));
        Map<String, UUID> departments = byName(organizations.departments(orgId));
        Map<String, Row> byEmail = new HashMap<>();
        Map<String, Row> byUsername = new HashMap<>();
        for (Row row : rows) {
            String email = lower(row.email());
            String username = lower(row.username());
            if (email != null) {
                byEmail.putIfAbsent(email, row);
            }
            if (username != null) {
                byUsername.putIfAbsent(username, row);
            }
        }
        LocalDate today = LocalDate.now(admin.zone());
        List<Row> checked = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Validation check = new Validation().text("name", row.name(), true, 200);
            String email = lower(row.email());
            String username = lower(row.username());
            check.email("email", row.email(), false).username("username", row.username());
            if (email == null && username == null) {
                check.add("email", "person.emailOrUsername");
            }
            if (email != null && byEmail.get(email) != row) {
                check.add("email", "roster.duplicateInFile", byEmail.get(email).number());
            } else if (email != null && email.length() <= 254 && people.emailTaken(email)) {
                check.add("email", "person.emailTaken");
            }
            if (username != null && byUsername.get(username) != row) {
                check.add("username", "roster.duplicateInFile", byUsername.get(username).number());
            } else if (username != null && username.length() <= 80 && people.usernameTaken(username)) {
                check.add("username", "person.usernameTaken");
            }
            if (!row.branch().isBlank() && !branches.containsKey(lower(row.branch()))) {
                check.add("branch", "roster.unknownBranch", shorten(row.branch()));
            }
            if (!row.department().isBlank() && !departments.containsKey(lower(row.department()))) {
                check.add("department", "roster.unknownDepartment", shorten(row.department()));
            }
            check.text("job_title", row.jobTitle(), false, 200);
            for (String code : roleCodes(row.roles())) {
                Role role = role(code);
                if (role == null) {
                    check.add("roles", "person.unknownRole", shorten(code));
                } else if (!Role.ASSIGNABLE.contains(role)) {
                    check.add("roles", "person.operatorNotAssignable");
                }
            }
            if (!row.startDate().isBlank() && startDate(row.startDate(), today) == null) {
                check.add(START_DATE, "person.startedOnInvalid");
            }
            String supervisor = lower(row.supervisorEmail());
            if (supervisor != null) {
                if (supervisor.equals(email)) {
                    check.add("supervisor_email", "person.supervisorSelf");
                } else if (!byEmail.containsKey(supervisor) && existing(orgId, supervisor) == null) {
                    check.add("supervisor_email", "roster.unknownSupervisor", shorten(row.supervisorEmail()));
                } else if (email != null && circular(email, byEmail)) {
                    check.add("supervisor_email", "person.supervisorCycle");
                }
            }
            checked.add(row.with(problems(check)));
        }
        return new Preview(List.copyOf(checked));
    }

    /**
     * Invites everyone on the roster, all or nothing. Rows with problems answer 400 with one error
     * per problem, pointing at {@code rows/<row number>/<column>}.
     */
    public List<Imported> importRows(CurrentUser admin, List<Row> rows) {
        Preview preview = check(admin, rows);
        if (!preview.ready()) {
            throw invalid(preview);
        }
        UUID orgId = admin.organizationId();
        Map<String, UUID> branches = byName(organizations.branches(orgId));
        Map<String, UUID> departments = byName(organizations.departments(orgId));
        Map<String, UUID> created = new HashMap<>();
        List<Imported> imported = new ArrayList<>(rows.size());
        for (Row row : preview.rows()) {
            List<Role> roles = roleCodes(row.roles()).stream().map(RosterImport::role).toList();
            Invitation invitation = directory.invite(orgId, new NewPerson(row.name(), Validation.clean(row.email()),
                    Validation.clean(row.username()), roles, branches.get(lower(row.branch())),
                    departments.get(lower(row.department())), Validation.clean(row.jobTitle()), null));
            String email = lower(row.email());
            if (email != null) {
                created.put(email, invitation.personId());
            }
            imported.add(new Imported(invitation.personId(), row.name().strip(), email, lower(row.username()),
                    invitation.url()));
        }
        LocalDate today = LocalDate.now(admin.zone());
        for (int i = 0; i < imported.size(); i++) {
            LocalDate startedOn = startDate(preview.rows().get(i).startDate(), today);
            if (startedOn != null) {
                jdbc.sql("UPDATE person SET started_on = ? WHERE id = ? AND org_id = ?")
                        .params(java.sql.Date.valueOf(startedOn), imported.get(i).id(), orgId).update();
            }
            String supervisor = lower(preview.rows().get(i).supervisorEmail());
            if (supervisor != null) {
                UUID supervisorId = created.containsKey(supervisor) ? created.get(supervisor) : existing(orgId, supervisor);
                jdbc.sql("UPDATE person SET supervisor_id = ? WHERE id = ? AND org_id = ?")
                        .params(supervisorId, imported.get(i).id(), orgId).update();
            }
        }
        events.publishEvent(new AdminAction(orgId, admin.personId(), "ROSTER_IMPORTED", null,
                imported.size() + " people"));
        return List.copyOf(imported);
    }

    /** The 400 answer for a roster with problems: one error per problem. */
    public static InvalidInput invalid(Preview preview) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (Row row : preview.rows()) {
            for (Problem problem : row.problems()) {
                errors.add(new InvalidInput.FieldError("rows/" + row.number() + "/" + problem.column(), problem.code(),
                        problem.args().toArray()));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new InvalidInput.FieldError("rows", "roster.noRows", new Object[0]));
        }
        return new InvalidInput(errors);
    }

    /** The template admins fill in: the header, with the start date, and two example rows. */
    public static String template() {
        return templateHeader() + "\r\n"
                + "Alex Rivera,alex.rivera@library.example,,Central Library,Circulation,Library Assistant,STAFF,"
                + "jordan.lee@library.example,2024-09-02\r\n"
                + "Sam Ortiz,,sam.ortiz,Central Library,Circulation,Page,STAFF,jordan.lee@library.example,\r\n";
    }

    /** The header of the template: every column, the optional start date last. */
    private static String templateHeader() {
        return String.join(",", HEADER) + "," + START_DATE;
    }

    /**
     * A start date, on the person's page as in a roster: YYYY-MM-DD, from 1900 to a year from today; null
     * when it is anything else.
     */
    static @Nullable LocalDate startDate(String text, LocalDate today) {
        try {
            LocalDate date = text.isBlank() ? null : LocalDate.parse(text.strip());
            return date == null || date.getYear() < 1900 || date.isAfter(today.plusYears(1)) ? null : date;
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    // ---- reading the file -----------------------------------------------------------------------

    static List<Row> read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw Problems.of(HttpStatus.CONTENT_TOO_LARGE, "roster.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw Problems.invalid("file", "roster.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            // UTF-16 without a byte order mark decodes as "valid" UTF-8 full of NULs
            throw Problems.invalid("file", "roster.encoding");
        }
        if (text.isBlank()) {
            throw Problems.invalid("file", "roster.empty");
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw Problems.of(HttpStatus.CONTENT_TOO_LARGE, "roster.tooManyRows", MAX_ROWS);
                }
                rows.add(row(record, columns));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw Problems.invalid("file", "roster.malformed");
        }
        if (rows.isEmpty()) {
            throw Problems.invalid("file", "roster.noRows");
        }
        return List.copyOf(rows);
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (columns.put(name, i) != null) {
                throw Problems.invalid("header", "roster.headerOptional", String.join(",", HEADER), START_DATE);
            }
        }
        Set<String> names = new HashSet<>(columns.keySet());
        names.remove(START_DATE);
        if (!names.equals(new HashSet<>(HEADER))) {
            throw Problems.invalid("header", "roster.headerOptional", String.join(",", HEADER), START_DATE);
        }
        return columns;
    }

    private static Row row(CSVRecord record, Map<String, Integer> columns) {
        String[] values = new String[HEADER.size()];
        for (int i = 0; i < values.length; i++) {
            int index = columns.get(HEADER.get(i));
            values[i] = index < record.size() ? record.get(index) : "";
        }
        Integer startColumn = columns.get(START_DATE);
        String startDate = startColumn != null && startColumn < record.size() ? record.get(startColumn) : "";
        List<Problem> problems = record.size() == columns.size() ? List.of()
                : List.of(new Problem("name", "roster.columnCount", List.of(String.valueOf(columns.size()))));
        return new Row((int) record.getRecordNumber(), values[0], values[1], values[2], values[3], values[4], values[5],
                values[6], values[7], startDate, problems);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static List<Problem> problems(Validation check) {
        try {
            check.throwIfAny();
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.errors().stream().map(e -> new Problem(e.field(), e.messageCode(),
                    Arrays.stream(e.args()).map(String::valueOf).toList())).toList();
        }
    }

    /** Whether following supervisors within the file leads back to the row of {@code email}. */
    private static boolean circular(String email, Map<String, Row> byEmail) {
        Set<String> seen = new HashSet<>();
        String at = lower(byEmail.get(email).supervisorEmail());
        while (at != null && byEmail.containsKey(at) && seen.add(at)) {
            if (at.equals(email)) {
                return true;
            }
            at = lower(byEmail.get(at).supervisorEmail());
        }
        return false;
    }

    private @Nullable UUID existing(UUID orgId, String email) {
        return people.findByLogin(email).filter(p -> p.orgId().equals(orgId) && email.equals(p.email())
                && p.status() != PersonStatus.DEACTIVATED).map(People.Row::id).orElse(null);
    }

    private static List<String> roleCodes(String roles) {
        return Arrays.stream(roles.split("[;|]")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    private static @Nullable Role role(String code) {
        try {
            return Role.valueOf(code.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Map<String, UUID> byName(List<Unit> units) {
        Map<String, UUID> map = new HashMap<>();
        units.forEach(unit -> map.put(unit.name().strip().toLowerCase(Locale.ROOT), unit.id()));
        return map;
    }

    private static @Nullable String lower(@Nullable String value) {
        return People.lower(value);
    }

    private static String shorten(@Nullable String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
