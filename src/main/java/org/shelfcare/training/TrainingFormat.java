package org.shelfcare.training;

/** How a training is given. */
public enum TrainingFormat {
    IN_PERSON, ONLINE_LIVE, SELF_PACED, BLENDED, DRILL
}
