/** Small vocabularies several code groups use. */
export type Scheme = "staff" | "resident";
export type MedicalOptionCode = "staff_employer" | "staff_flexible" | "resident_local" | "resident_hukou";
