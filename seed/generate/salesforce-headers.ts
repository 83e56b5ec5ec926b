/**
 * The header lines of a real Salesforce weekly data export, verbatim (from
 * test/fixtures/public-data/crm-export-formats/salesforce-export-headers.txt, which a test compares them
 * with), including that org's own `__c` columns. Generated files use exactly these columns, in
 * this order, so an importer meets the layout it will meet in the field.
 */
// prettier-ignore
const HEADER_LINES = {
  Account:
    '"Id","IsDeleted","MasterRecordId","Name","Type","RecordTypeId","ParentId","BillingStreet","BillingCity","BillingState","BillingPostalCode","BillingCountry","BillingStateCode","BillingCountryCode","BillingLatitude","BillingLongitude","BillingGeocodeAccuracy","ShippingStreet","ShippingCity","ShippingState","ShippingPostalCode","ShippingCountry","ShippingStateCode","ShippingCountryCode","ShippingLatitude","ShippingLongitude","ShippingGeocodeAccuracy","Phone","Fax","AccountNumber","Website","Sic","Industry","AnnualRevenue","NumberOfEmployees","Ownership","TickerSymbol","Description","Rating","Site","CurrencyIsoCode","OwnerId","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","LastActivityDate","IsExcludedFromRealign","Jigsaw","JigsawCompanyId","AccountSource","SicDesc","OperatingHoursId","Abi_Rating__c","Account_Id__c","Ad_Plays__c","Age_Range__c","AreaCode__c","Asset__c","AvailableSockets__c","AvailableSpace__c","Avg_Ad_Exposure__c","Brand__c","BusinessmanName__c","ChannelType__c","Channel__c","City__c","Company__c","ConfirmedAddress__c","Country__c","DRV_Regional__c","Department__c","Emotions__c","FirstCluster__c","Gender__c","Height__c","Hours_of_Operation__c","Impression__c","Latitude__c","Layer__c","LegalRepresentative__c","LinkedIn__c","Location_of_Premises__c","Longitude__c","Medio__c","OnlySellAlcohol__c","PicturesStore__c","PreferredHoursAndDays__c","Product__c","Region__c","SAG_Gerencia__c","Second_Cluster__c","Service_Day__c","Service_Hours__c","Services__c","Size__c","SquareMetre__c","StoreAccess__c","StoreHours__c","TaxId__c","Third_Cluster__c","UEN_Sales_division__c","Unique_Views__c","Unique_Visitors__c","Views__c","Visitors__c","WallMaterialShown__c","Winkel_Rating__c","Zone__c"',
  Contact:
    '"Id","IsDeleted","MasterRecordId","AccountId","Salutation","FirstName","LastName","MiddleName","Suffix","RecordTypeId","OtherStreet","OtherCity","OtherState","OtherPostalCode","OtherCountry","OtherStateCode","OtherCountryCode","OtherLatitude","OtherLongitude","OtherGeocodeAccuracy","MailingStreet","MailingCity","MailingState","MailingPostalCode","MailingCountry","MailingStateCode","MailingCountryCode","MailingLatitude","MailingLongitude","MailingGeocodeAccuracy","Phone","Fax","MobilePhone","HomePhone","OtherPhone","AssistantPhone","ReportsToId","Email","Title","Department","AssistantName","LeadSource","Birthdate","Description","CurrencyIsoCode","OwnerId","HasOptedOutOfEmail","HasOptedOutOfFax","DoNotCall","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","LastActivityDate","LastCURequestDate","LastCUUpdateDate","EmailBouncedReason","EmailBouncedDate","Jigsaw","JigsawContactId","Pronouns","GenderIdentity","Brand__c","CompanyType__c","Company__c","Country__c","JobLevel__c","Legalrepresentative__c","LinkedIn__c","PositionLevel__c","Region__c"',
  User:
    '"Id","Username","FirstName","LastName","MiddleName","Suffix","CompanyName","Division","Department","Title","Street","City","State","PostalCode","Country","StateCode","CountryCode","Latitude","Longitude","GeocodeAccuracy","Email","SenderEmail","SenderName","Signature","StayInTouchSubject","StayInTouchSignature","StayInTouchNote","Phone","Fax","MobilePhone","Alias","CommunityNickname","IsActive","IsSystemControlled","TimeZoneSidKey","UserRoleId","LocaleSidKey","ReceivesInfoEmails","ReceivesAdminInfoEmails","EmailEncodingKey","DefaultCurrencyIsoCode","CurrencyIsoCode","ProfileId","UserType","UserSubtype","StartDay","EndDay","LanguageLocaleKey","EmployeeNumber","DelegatedApproverId","ManagerId","LastLoginDate","LastPasswordChangeDate","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","NumberOfFailedLogins","SuAccessExpirationDate","SuOrgAdminExpirationDate","OfflineTrialExpirationDate","WirelessTrialExpirationDate","OfflinePdaTrialExpirationDate","ForecastEnabled","ContactId","AccountId","CallCenterId","Extension","FederationIdentifier","AboutMe","LoginLimit","ProfilePhotoId","DigestFrequency","DefaultGroupNotificationFrequency","WorkspaceId","SharingType","ChatterAdoptionStage","ChatterAdoptionStageModifiedDate","BannerPhotoId","IsProfilePhotoActive","GlobalIdentity"',
  Opportunity:
    '"Id","IsDeleted","AccountId","IsPrivate","Name","Description","StageName","StageSortOrder","Amount","Probability","ExpectedRevenue","TotalOpportunityQuantity","CloseDate","Type","NextStep","LeadSource","IsClosed","IsWon","ForecastCategory","ForecastCategoryName","CurrencyIsoCode","CampaignId","HasOpportunityLineItem","Pricebook2Id","OwnerId","Territory2Id","IsExcludedFromTerritory2Filter","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","LastActivityDate","LastStageChangeDate","FiscalYear","FiscalQuarter","ContactId","PrimaryPartnerAccountId","SyncedQuoteId","ContractId","LastAmountChangedHistoryId","LastCloseDateChangedHistoryId","Budget_Confirmed__c","Discovery_Completed__c","ROI_Analysis_Completed__c","BudgetConfirmed__c","Loss_Reason__c","Channel__c","ClosingPlan__c","DiscoveryCompleted__c","ForecastComments__c","LossReason__c","Opportunity_rating__c","Partner__c","ROIAnalysisCompleted__c"',
  OpportunityContactRole:
    '"Id","OpportunityId","ContactId","Role","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","IsDeleted","CurrencyIsoCode"',
  Task:
    '"Id","WhoId","WhatId","WhoCount","WhatCount","Subject","ActivityDate","Status","Priority","OwnerId","Description","CurrencyIsoCode","Type","IsDeleted","AccountId","IsClosed","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","IsArchived","EmailMessageId","ActivityOriginType","CallDurationInSeconds","CallType","CallDisposition","CallObject","ReminderDateTime","IsReminderSet","RecurrenceActivityId","IsRecurrence","RecurrenceStartDateOnly","RecurrenceEndDateOnly","RecurrenceTimeZoneSidKey","RecurrenceType","RecurrenceInterval","RecurrenceDayOfWeekMask","RecurrenceDayOfMonth","RecurrenceInstance","RecurrenceMonthOfYear","RecurrenceRegeneratedType","CompletedDateTime"',
  Event:
    '"Id","WhoId","WhatId","WhoCount","WhatCount","Subject","Location","IsAllDayEvent","ActivityDateTime","ActivityDate","DurationInMinutes","Description","AccountId","OwnerId","CurrencyIsoCode","Type","IsPrivate","ShowAs","IsDeleted","IsChild","IsGroupEvent","GroupEventType","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","IsArchived","RecurrenceActivityId","IsRecurrence","RecurrenceStartDateTime","RecurrenceEndDateOnly","RecurrenceTimeZoneSidKey","RecurrenceType","RecurrenceInterval","RecurrenceDayOfWeekMask","RecurrenceDayOfMonth","RecurrenceInstance","RecurrenceMonthOfYear","ReminderDateTime","IsReminderSet","ProposedEventTimeframe"',
  Case:
    '"Id","IsDeleted","MasterRecordId","CaseNumber","ContactId","AccountId","AssetId","ProductId","EntitlementId","SourceId","BusinessHoursId","ParentId","SuppliedName","SuppliedEmail","SuppliedPhone","SuppliedCompany","Type","Status","Reason","Origin","Subject","Priority","Description","IsClosed","ClosedDate","IsEscalated","CurrencyIsoCode","OwnerId","IsClosedOnCreate","SlaStartDate","SlaExitDate","IsStopped","StopStartDate","CreatedDate","CreatedById","LastModifiedDate","LastModifiedById","SystemModstamp","ServiceContractId","EventsProcessedDate"',
} as const;

export type SalesforceFile = keyof typeof HEADER_LINES;

/** The files of an export this generator writes, in the order an importer needs them. */
export const SALESFORCE_FILES: readonly SalesforceFile[] = [
  'User',
  'Account',
  'Contact',
  'Opportunity',
  'OpportunityContactRole',
  'Task',
  'Event',
  'Case',
];

export function headerLine(file: SalesforceFile): string {
  return HEADER_LINES[file];
}

/** Column names of one file, in order. */
export function salesforceColumns(file: SalesforceFile): string[] {
  return HEADER_LINES[file].slice(1, -1).split('","');
}
