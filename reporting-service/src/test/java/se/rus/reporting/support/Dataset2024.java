package se.rus.reporting.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.FOLLOWUP;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.event;

/**
 * The real 2024 dataset (deploy/data/2024) turned into the events the three producers publish when
 * it is imported, per EVENTS.md: one event per entity with its full state, ids as the producers would
 * assign them, activities and goals referred to by id as the follow-up service resolves them.
 */
public final class Dataset2024 {

    public static final int YEAR = 2024;
    private static final Path DATA = Path.of("..", "deploy", "data", "2024");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, UUID> activityIds = new HashMap<>();
    private final Map<String, UUID> areaIds = new HashMap<>();
    private final Map<String, UUID> goalIds = new HashMap<>();

    public List<ContractEvents.Sent> planning() {
        JsonNode plan = read("plan.json");
        UUID planId = UUID.randomUUID();
        List<ContractEvents.Sent> sent = new ArrayList<>();
        sent.add(event(PLANNING, YEAR, "se.rus.planning.PlanCreated.v1", planId, data("id", planId, "year", YEAR,
                "title", plan.get("title").asText(), "vision", plan.get("vision").asText(),
                "periodStart", plan.get("periodStart").asInt(), "periodEnd", plan.get("periodEnd").asInt(),
                "status", plan.get("status").asText())));
        int areaPosition = 0;
        for (JsonNode area : plan.get("areas")) {
            UUID areaId = UUID.randomUUID();
            String areaName = area.get("name").asText();
            areaIds.put(areaName, areaId);
            sent.add(event(PLANNING, YEAR, "se.rus.planning.AreaAdded.v1", areaId, data("id", areaId, "planId", planId,
                    "year", YEAR, "position", ++areaPosition, "name", areaName,
                    "resourceNote", area.get("resourceNote").asText(null))));
            int position = 0;
            for (JsonNode activity : area.get("activities")) {
                UUID id = UUID.randomUUID();
                activityIds.put(areaName + "|" + activity.get("title").asText(), id);
                Map<String, Object> state = data("id", id, "planId", planId, "year", YEAR, "areaId", areaId,
                        "areaName", areaName, "position", ++position);
                state.putAll(JSON.convertValue(activity, Map.class));
                sent.add(event(PLANNING, YEAR, "se.rus.planning.ActivityPlanned.v1", id, state));
            }
        }
        Map<String, Integer> goalPositions = new HashMap<>();
        for (JsonNode goal : plan.get("goals")) {
            UUID id = UUID.randomUUID();
            String areaName = goal.get("areaName").asText();
            goalIds.put(areaName + "|" + goal.get("text").asText(), id);
            sent.add(event(PLANNING, YEAR, "se.rus.planning.GoalDefined.v1", id, data("id", id,
                    "periodStart", plan.get("periodStart").asInt(), "periodEnd", plan.get("periodEnd").asInt(),
                    "areaName", areaName, "position", goalPositions.merge(areaName, 1, Integer::sum),
                    "text", goal.get("text").asText())));
        }
        return sent;
    }

    public List<ContractEvents.Sent> finance() {
        JsonNode finance = read("finance.json");
        List<ContractEvents.Sent> sent = new ArrayList<>();
        UUID yearId = UUID.randomUUID();
        sent.add(event(FINANCE, YEAR, "se.rus.finance.FinancialYearOpened.v1", yearId, data("id", yearId, "year", YEAR,
                "appropriationName", finance.get("appropriationName").asText(),
                "appropriation", finance.get("appropriation").asText(),
                "keyDistributed", finance.get("keyDistributed").asText(), "status", "OPEN")));
        int position = 0;
        for (JsonNode post : finance.get("posts")) {
            UUID postId = UUID.randomUUID();
            String name = post.get("name").asText();
            sent.add(event(FINANCE, YEAR, "se.rus.finance.BudgetPostDefined.v1", postId, data("id", postId, "year", YEAR,
                    "position", ++position, "name", name, "budget", post.get("budget").asText(),
                    "comment", JSON.convertValue(post.get("comment"), List.class))));
            for (JsonNode entry : post.get("entries")) {
                UUID id = UUID.randomUUID();
                sent.add(event(FINANCE, YEAR, "se.rus.finance.LedgerEntryRecorded.v1", id, data("id", id, "year", YEAR,
                        "postId", postId, "postName", name, "entryDate", entry.get("entryDate").asText(),
                        "amount", entry.get("amount").asText(), "text", entry.get("text").asText(),
                        "counterpart", entry.get("counterpart").asText(null), "activityId", null,
                        "category", entry.get("category").asText())));
            }
        }
        for (JsonNode funds : finance.get("coFinancing")) {
            UUID id = UUID.randomUUID();
            sent.add(event(FINANCE, YEAR, "se.rus.finance.CoFinancingRecorded.v1", id, funds(id, funds)));
        }
        for (JsonNode funds : finance.get("outsideFunds")) {
            UUID id = UUID.randomUUID();
            sent.add(event(FINANCE, YEAR, "se.rus.finance.OutsideFundsNoted.v1", id, funds(id, funds)));
        }
        List<Map<String, Object>> coverers = new ArrayList<>();
        for (JsonNode coverer : finance.get("deficitCoverage")) {
            coverers.add(data("position", coverers.size() + 1, "coveredBy", coverer.get("coveredBy").asText(),
                    "description", coverer.get("description").asText(null)));
        }
        sent.add(event(FINANCE, YEAR, "se.rus.finance.DeficitCoverageSet.v1", YEAR, data("year", YEAR, "coverers", coverers)));
        return sent;
    }

    /** Call after {@link #planning()}: outcomes and valuations refer to the ids planning assigned. */
    public List<ContractEvents.Sent> followup() {
        JsonNode followup = read("followup.json");
        List<ContractEvents.Sent> sent = new ArrayList<>();
        for (JsonNode area : followup.get("areas")) {
            String areaName = area.get("areaName").asText();
            sent.add(event(FOLLOWUP, YEAR, "se.rus.followup.AreaFollowUpNoted.v1", areaIds.get(areaName), data("year", YEAR,
                    "areaId", areaIds.get(areaName), "areaName", areaName,
                    "note", JSON.convertValue(area.get("note"), List.class))));
            for (JsonNode outcome : area.get("outcomes")) {
                UUID activityId = require(activityIds, areaName + "|" + outcome.get("activityTitle").asText());
                UUID id = UUID.randomUUID();
                sent.add(event(FOLLOWUP, YEAR, "se.rus.followup.OutcomeRecorded.v1", id, data("id", id, "year", YEAR,
                        "activityId", activityId, "status", outcome.get("status").asText(),
                        "narrative", JSON.convertValue(outcome.get("narrative"), List.class),
                        "daysSpent", outcome.get("daysSpent").isNull() ? null : outcome.get("daysSpent").decimalValue())));
            }
        }
        for (JsonNode valuation : followup.get("valuations")) {
            UUID goalId = require(goalIds, valuation.get("areaName").asText() + "|" + valuation.get("goalText").asText());
            UUID id = UUID.randomUUID();
            sent.add(event(FOLLOWUP, YEAR, "se.rus.followup.GoalValued.v1", id, data("id", id, "goalId", goalId,
                    "periodStart", 2022, "periodEnd", 2024, "valuation", valuation.get("valuation").asInt(),
                    "previousValuation", valuation.get("previousValuation").isNull() ? null
                            : valuation.get("previousValuation").asInt(),
                    "previousGoalExisted", valuation.get("previousGoalExisted").asBoolean(),
                    "followUp", JSON.convertValue(valuation.get("followUp"), List.class))));
        }
        return sent;
    }

    public Map<String, Object> draft() {
        return JSON.convertValue(read("report.json"), Map.class);
    }

    private static Map<String, Object> funds(UUID id, JsonNode funds) {
        return data("id", id, "year", YEAR, "source", funds.get("source").asText(), "amount", funds.get("amount").asText(),
                "description", funds.get("description").asText(null));
    }

    private static UUID require(Map<String, UUID> ids, String key) {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the dataset refers to " + key + ", which the plan does not have");
        }
        return id;
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(DATA.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
