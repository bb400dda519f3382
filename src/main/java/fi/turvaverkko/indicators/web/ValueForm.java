package fi.turvaverkko.indicators.web;

/** The value form of an indicator's page: the value as typed, with a decimal comma or point. */
record ValueForm(String areaCode, Integer year, String value, Long version) {}
