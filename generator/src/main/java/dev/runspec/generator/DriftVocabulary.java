package dev.runspec.generator;

import java.util.List;

/**
 * The member names and values of one schema id that the near-miss catalogue breaks.
 *
 * @param statusMember the status member ({@code status}, {@code status_code})
 * @param renamedStatusMember the name clients have seen it arrive under instead
 * @param canceledSpellings the documented cancelled spelling and its other spelling, or empty
 * @param createdMember the creation timestamp
 * @param startMember the start timestamp
 * @param endMember the end timestamp
 * @param orderRule the lifecycle rule broken when the end precedes the start
 * @param timestampsHaveFormat whether the schema asserts {@code date-time} on the timestamps
 * @param progressMember the progress member, or empty
 * @param costMember the decimal cost member, or empty
 * @param numberMembers numeric members that drift into strings, first present one is used
 * @param requiredNonNullMember a required member that does not allow null
 * @param requiredNullableMember a required member that allows null (its absence is the drift)
 * @param unknownStatus a status value the provider never documented, or empty
 * @param durationMembers v2 durations that must equal their timestamp differences, or empty
 */
record DriftVocabulary(String statusMember, String renamedStatusMember, List<String> canceledSpellings,
        String createdMember, String startMember, String endMember, String orderRule, boolean timestampsHaveFormat,
        String progressMember, String costMember, List<String> numberMembers, String requiredNonNullMember,
        String requiredNullableMember, String unknownStatus, List<String> durationMembers) {
}
