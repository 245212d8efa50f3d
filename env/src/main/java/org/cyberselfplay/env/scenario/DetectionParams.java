package org.cyberselfplay.env.scenario;

import java.util.EnumMap;
import java.util.Map;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;

/**
 * How Red's actions become alerts and how noisy the alert stream is (YAML section {@code detection}).
 *
 * @param noise               per Red tool, the base chance that using it raises an alert; every Red tool has one
 * @param falsePositiveRate   chance per turn of one false alert on a random online host
 * @param alertWindow         alerts Blue sees (the most recent ones); also the alert log's capacity
 * @param alertMaxAge         turns after which an alert leaves the log
 * @param trueConfidenceMin   true alerts draw their confidence uniformly from [min, max]
 * @param trueConfidenceMax   see trueConfidenceMin
 * @param falseConfidenceMin  false alerts draw their confidence uniformly from [min, max]
 * @param falseConfidenceMax  see falseConfidenceMin
 */
public record DetectionParams(Map<Tool, Double> noise, double falsePositiveRate, int alertWindow, int alertMaxAge,
                              double trueConfidenceMin, double trueConfidenceMax,
                              double falseConfidenceMin, double falseConfidenceMax) {
    public DetectionParams {
        EnumMap<Tool, Double> copy = new EnumMap<>(Tool.class);
        copy.putAll(noise);
        for (Tool t : Tool.of(Actor.RED)) {
            Double v = copy.get(t);
            if (v == null) {
                throw new IllegalArgumentException("noise." + t + " is missing");
            }
            Checks.unit("noise." + t, v);
        }
        for (Tool t : copy.keySet()) {
            if (t.side() != Actor.RED) {
                throw new IllegalArgumentException("noise." + t + ": not a Red tool");
            }
        }
        noise = java.util.Collections.unmodifiableMap(copy);
        Checks.unit("false_positive_rate", falsePositiveRate);
        Checks.positive("alert_window", alertWindow);
        Checks.positive("alert_max_age", alertMaxAge);
        Checks.unit("true_confidence_min", trueConfidenceMin);
        Checks.unit("true_confidence_max", trueConfidenceMax);
        Checks.unit("false_confidence_min", falseConfidenceMin);
        Checks.unit("false_confidence_max", falseConfidenceMax);
        if (trueConfidenceMin > trueConfidenceMax || falseConfidenceMin > falseConfidenceMax) {
            throw new IllegalArgumentException("confidence ranges need min <= max");
        }
    }

    /** Base alert chance of a Red tool. */
    public double noiseOf(Tool tool) {
        return noise.get(tool);
    }
}
