package org.dataprice.accounting;

/** What happens to a cost. */
public enum Treatment {
    /** 资本化: added to the asset (or 开发支出 while development is in progress). */
    CAPITALISED,
    /** 费用化: charged to profit or loss when incurred. */
    EXPENSED
}
