# Generated from specs/tmf/TMF666-AccountManagement-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class Account(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the account")] = None
    href: Annotated[str | None, Field(description="Unique reference of the account")] = None
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class AccountBalance(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    balance_type: Annotated[
        str,
        Field(
            alias="balanceType",
            description="Type of the balance : deposit balance, disputed balance, loyalty balance, receivable balance...",
        ),
    ]
    amount: Annotated[Money, Field(description="Balance amount")]
    valid_for: Annotated[TimePeriod, Field(alias="validFor", description="Balance validity period")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class AccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the account")]
    href: Annotated[str | None, Field(description="Reference of the account")] = None
    description: Annotated[str | None, Field(description="Detailed description of the account")] = None
    name: Annotated[str | None, Field(description="Name of the account")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AccountRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    relationship_type: Annotated[str, Field(alias="relationshipType", description="Type of relationship")]
    account: AccountRef | None = None
    valid_for: Annotated[
        TimePeriod, Field(alias="validFor", description="Validity period of that relationship")
    ]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class AccountTaxExemption(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    certificate_number: Annotated[
        str | None,
        Field(
            alias="certificateNumber",
            description="Identifier of a document that shows proof of exemption from taxes for the taxing jurisdiction",
        ),
    ] = None
    issuing_jurisdiction: Annotated[
        str,
        Field(
            alias="issuingJurisdiction",
            description="Name of the taxing jurisdiction for which taxes are exempt",
        ),
    ]
    reason: Annotated[str | None, Field(description="Reason of the tax exemption")] = None
    valid_for: Annotated[
        TimePeriod, Field(alias="validFor", description="Period for which the exemption is valid")
    ]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillFormat(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the bill format")] = None
    href: Annotated[str | None, Field(description="Reference of the bill format")] = None
    description: Annotated[str | None, Field(description="An explanatory text for this bill format")] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillFormatCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[str | None, Field(description="An explanatory text for this bill format")] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillFormatRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the bill format")]
    href: Annotated[str | None, Field(description="Reference of the bill format")] = None
    name: Annotated[str | None, Field(description="A short descriptive name")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BillFormatRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the bill format")] = None
    href: Annotated[str | None, Field(description="Reference of the bill format")] = None
    description: Annotated[str | None, Field(description="An explanatory text for this bill format")] = None
    is_ref: Annotated[bool, Field(alias="isRef")]
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BillFormatUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[str | None, Field(description="An explanatory text for this bill format")] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillPresentationMedia(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the bill presentation media")] = None
    href: Annotated[str | None, Field(description="Reference of the bill presentation media")] = None
    description: Annotated[
        str | None, Field(description="An explanatory text describing this bill presentation media")
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillPresentationMediaCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="An explanatory text describing this bill presentation media")
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillPresentationMediaRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the bill presentation media")]
    href: Annotated[str | None, Field(description="Reference of the bill presentation media")] = None
    name: Annotated[str | None, Field(description="A short descriptive name")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BillPresentationMediaRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the bill presentation media")] = None
    href: Annotated[str | None, Field(description="Reference of the bill presentation media")] = None
    description: Annotated[
        str | None, Field(description="An explanatory text describing this bill presentation media")
    ] = None
    is_ref: Annotated[bool, Field(alias="isRef")]
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BillPresentationMediaUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="An explanatory text describing this bill presentation media")
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillStructure(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cycle_specification: Annotated[
        BillingCycleSpecificationRefOrValue | None, Field(alias="cycleSpecification")
    ] = None
    format: BillFormatRefOrValue | None = None
    presentation_media: Annotated[
        list[BillPresentationMediaRefOrValue] | None, Field(alias="presentationMedia")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillingAccount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the account")] = None
    href: Annotated[str | None, Field(description="Unique reference of the account")] = None
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillingAccountAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    payload: Annotated[
        BillingAccountAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class BillingAccountAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    billing_account: Annotated[
        BillingAccount | None,
        Field(alias="billingAccount", description="The involved resource data for the event"),
    ] = None


class BillingAccountCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillingAccountStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    payload: Annotated[
        BillingAccountStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class BillingAccountStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    billing_account: Annotated[
        BillingAccount | None,
        Field(alias="billingAccount", description="The involved resource data for the event"),
    ] = None


class BillingAccountUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillingCycleSpecification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the billing cycle specification")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the billing cycle specification")] = None
    billing_date_shift: Annotated[
        int | None,
        Field(
            alias="billingDateShift",
            description="An offset of a billing/settlement date. The offset is expressed as number of days with regard to the start of the billing/settlement period.",
        ),
    ] = None
    billing_period: Annotated[
        str | None,
        Field(
            alias="billingPeriod",
            description="A billing time period. It can be recurring, for example: week, month, quarter of year, year .",
        ),
    ] = None
    charge_date_offset: Annotated[
        int | None,
        Field(
            alias="chargeDateOffset",
            description="An offset of a date through which charges previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    credit_date_offset: Annotated[
        int | None,
        Field(
            alias="creditDateOffset",
            description="An offset of a date through which credits previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="An explanation regarding this billing cycle specification")
    ] = None
    frequency: Annotated[
        str | None, Field(description="Frequency of the billing cycle (monthly for instance)")
    ] = None
    mailing_date_offset: Annotated[
        int | None,
        Field(
            alias="mailingDateOffset",
            description="An offset of a customer bill mailing date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    payment_due_date_offset: Annotated[
        int | None,
        Field(
            alias="paymentDueDateOffset",
            description="An offset of a payment due date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period for which the billing specification cycle is valid"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillingCycleSpecificationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    billing_date_shift: Annotated[
        int | None,
        Field(
            alias="billingDateShift",
            description="An offset of a billing/settlement date. The offset is expressed as number of days with regard to the start of the billing/settlement period.",
        ),
    ] = None
    billing_period: Annotated[
        str | None,
        Field(
            alias="billingPeriod",
            description="A billing time period. It can be recurring, for example: week, month, quarter of year, year .",
        ),
    ] = None
    charge_date_offset: Annotated[
        int | None,
        Field(
            alias="chargeDateOffset",
            description="An offset of a date through which charges previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    credit_date_offset: Annotated[
        int | None,
        Field(
            alias="creditDateOffset",
            description="An offset of a date through which credits previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="An explanation regarding this billing cycle specification")
    ] = None
    frequency: Annotated[
        str | None, Field(description="Frequency of the billing cycle (monthly for instance)")
    ] = None
    mailing_date_offset: Annotated[
        int | None,
        Field(
            alias="mailingDateOffset",
            description="An offset of a customer bill mailing date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    payment_due_date_offset: Annotated[
        int | None,
        Field(
            alias="paymentDueDateOffset",
            description="An offset of a payment due date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period for which the billing specification cycle is valid"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class BillingCycleSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the billing cycle specification")]
    href: Annotated[str | None, Field(description="Reference of the billing cycle specification")] = None
    date_shift: Annotated[
        int | None,
        Field(
            alias="dateShift",
            description="An offset of a billing/settlement date. The offset is expressed as number of days with regard to the start of the billing/settlement period.",
        ),
    ] = None
    frequency: Annotated[
        str | None, Field(description="Frequency of the billing cycle (monthly for instance)")
    ] = None
    name: Annotated[str | None, Field(description="A short descriptive name")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BillingCycleSpecificationRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the billing cycle specification")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the billing cycle specification")] = None
    billing_date_shift: Annotated[
        int | None,
        Field(
            alias="billingDateShift",
            description="An offset of a billing/settlement date. The offset is expressed as number of days with regard to the start of the billing/settlement period.",
        ),
    ] = None
    billing_period: Annotated[
        str | None,
        Field(
            alias="billingPeriod",
            description="A billing time period. It can be recurring, for example: week, month, quarter of year, year .",
        ),
    ] = None
    charge_date_offset: Annotated[
        int | None,
        Field(
            alias="chargeDateOffset",
            description="An offset of a date through which charges previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    credit_date_offset: Annotated[
        int | None,
        Field(
            alias="creditDateOffset",
            description="An offset of a date through which credits previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    date_shift: Annotated[
        int | None,
        Field(
            alias="dateShift",
            description="An offset of a billing/settlement date. The offset is expressed as number of days with regard to the start of the billing/settlement period.",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="An explanation regarding this billing cycle specification")
    ] = None
    frequency: Annotated[
        str | None, Field(description="Frequency of the billing cycle (monthly for instance)")
    ] = None
    is_ref: Annotated[bool, Field(alias="isRef")]
    mailing_date_offset: Annotated[
        int | None,
        Field(
            alias="mailingDateOffset",
            description="An offset of a customer bill mailing date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    payment_due_date_offset: Annotated[
        int | None,
        Field(
            alias="paymentDueDateOffset",
            description="An offset of a payment due date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period for which the billing specification cycle is valid"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BillingCycleSpecificationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    billing_date_shift: Annotated[
        int | None,
        Field(
            alias="billingDateShift",
            description="An offset of a billing/settlement date. The offset is expressed as number of days with regard to the start of the billing/settlement period.",
        ),
    ] = None
    billing_period: Annotated[
        str | None,
        Field(
            alias="billingPeriod",
            description="A billing time period. It can be recurring, for example: week, month, quarter of year, year .",
        ),
    ] = None
    charge_date_offset: Annotated[
        int | None,
        Field(
            alias="chargeDateOffset",
            description="An offset of a date through which charges previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    credit_date_offset: Annotated[
        int | None,
        Field(
            alias="creditDateOffset",
            description="An offset of a date through which credits previously received by the billing system will appear on the bill. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="An explanation regarding this billing cycle specification")
    ] = None
    frequency: Annotated[
        str | None, Field(description="Frequency of the billing cycle (monthly for instance)")
    ] = None
    mailing_date_offset: Annotated[
        int | None,
        Field(
            alias="mailingDateOffset",
            description="An offset of a customer bill mailing date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    name: Annotated[str, Field(description="A short descriptive name")]
    payment_due_date_offset: Annotated[
        int | None,
        Field(
            alias="paymentDueDateOffset",
            description="An offset of a payment due date. The offset is expressed as number of days with regard to the start of the BillingPeriod.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period for which the billing specification cycle is valid"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class Contact(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    contact_name: Annotated[
        str | None, Field(alias="contactName", description="A displayable name for that contact")
    ] = None
    contact_type: Annotated[
        str, Field(alias="contactType", description="Type of contact (primary, secondary...)")
    ]
    party_role_type: Annotated[
        str | None,
        Field(
            alias="partyRoleType",
            description="Identifies what kind of party role type is linked to the contact (a account manager...)",
        ),
    ] = None
    contact_medium: Annotated[list[ContactMedium] | None, Field(alias="contactMedium")] = None
    related_party: Annotated[RelatedParty | None, Field(alias="relatedParty")] = None
    valid_for: Annotated[TimePeriod, Field(alias="validFor", description="Validity period of that contact")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ContactMedium(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    medium_type: Annotated[
        str | None,
        Field(
            alias="mediumType",
            description="Type of the contact medium, such as: email address, telephone number, postal address",
        ),
    ] = None
    preferred: Annotated[
        bool | None, Field(description="If true, indicates that is the preferred contact medium")
    ] = None
    characteristic: Annotated[
        MediumCharacteristic | None,
        Field(description="Any additional characteristic(s) of this contact medium"),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The time period that the contact medium is valid for"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Error(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[
        str, Field(description="Application relevant detail, defined in the API or a common list.")
    ]
    reason: Annotated[
        str, Field(description="Explanation of the reason for the error which can be shown to a client user.")
    ]
    message: Annotated[
        str | None,
        Field(
            description="More details and corrective actions related to the error which can be shown to a client user."
        ),
    ] = None
    status: Annotated[str | None, Field(description="HTTP Error code extension")] = None
    reference_error: Annotated[
        AnyUrl | None, Field(alias="referenceError", description="URI of documentation describing the error.")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class.")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name."),
    ] = None


class EventSubscription(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the listener")]
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = None


class EventSubscriptionInput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = None


class FinancialAccount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the account")] = None
    href: Annotated[str | None, Field(description="Unique reference of the account")] = None
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class FinancialAccountAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    payload: Annotated[
        FinancialAccountAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class FinancialAccountAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    financial_account: Annotated[
        FinancialAccount | None,
        Field(alias="financialAccount", description="The involved resource data for the event"),
    ] = None


class FinancialAccountCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class FinancialAccountCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    payload: Annotated[
        FinancialAccountCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class FinancialAccountCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    financial_account: Annotated[
        FinancialAccount | None,
        Field(alias="financialAccount", description="The involved resource data for the event"),
    ] = None


class FinancialAccountDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    payload: Annotated[
        FinancialAccountDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class FinancialAccountDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    financial_account: Annotated[
        FinancialAccount | None,
        Field(alias="financialAccount", description="The involved resource data for the event"),
    ] = None


class FinancialAccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the account")]
    href: Annotated[str | None, Field(description="Unique reference of the account")] = None
    name: Annotated[str | None, Field(description="Name of the account")] = None
    account_balance: Annotated[AccountBalance | None, Field(alias="accountBalance")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class FinancialAccountStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    payload: Annotated[
        FinancialAccountStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class FinancialAccountStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    financial_account: Annotated[
        FinancialAccount | None,
        Field(alias="financialAccount", description="The involved resource data for the event"),
    ] = None


class FinancialAccountUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    name: Annotated[str, Field(description="Name of the account")]
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class MediumCharacteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    city: Annotated[str | None, Field(description="The city")] = None
    contact_type: Annotated[
        str | None,
        Field(
            alias="contactType",
            description="The type of contact, for example: phone number such as mobile, fixed home, fixed office. postal address such as shipping instalation…",
        ),
    ] = None
    country: Annotated[str | None, Field(description="The country")] = None
    email_address: Annotated[
        str | None, Field(alias="emailAddress", description="Full email address in standard format")
    ] = None
    fax_number: Annotated[
        str | None, Field(alias="faxNumber", description="The fax number of the contact")
    ] = None
    phone_number: Annotated[
        str | None, Field(alias="phoneNumber", description="The primary phone number of the contact")
    ] = None
    post_code: Annotated[str | None, Field(alias="postCode", description="Postcode")] = None
    social_network_id: Annotated[
        str | None, Field(alias="socialNetworkId", description="Identifier as a member of a social network")
    ] = None
    state_or_province: Annotated[
        str | None, Field(alias="stateOrProvince", description="State or province")
    ] = None
    street1: Annotated[str | None, Field(description="Describes the street")] = None
    street2: Annotated[str | None, Field(description="Complementary street description")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class Model(RootModel[Any]):
    root: Any


class Money(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    unit: Annotated[
        str | None, Field(description="Currency (ISO4217 norm uses 3 letters to define the currency)")
    ] = None
    value: Annotated[float | None, Field(description="A positive floating point number")] = None


class PartyAccount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the account")] = None
    href: Annotated[str | None, Field(description="Unique reference of the account")] = None
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class PartyAccountAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    payload: Annotated[
        PartyAccountAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class PartyAccountAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    party_account: Annotated[
        PartyAccount | None,
        Field(alias="partyAccount", description="The involved resource data for the event"),
    ] = None


class PartyAccountCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class PartyAccountStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    payload: Annotated[
        PartyAccountStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class PartyAccountStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    party_account: Annotated[
        PartyAccount | None,
        Field(alias="partyAccount", description="The involved resource data for the event"),
    ] = None


class PartyAccountUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class PaymentMethodRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the payment mean")]
    href: Annotated[str | None, Field(description="Reference of the payment mean")] = None
    name: Annotated[str | None, Field(description="Name of the payment mean")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class PaymentPlan(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    number_of_payments: Annotated[
        int | None,
        Field(alias="numberOfPayments", description="Number of payments used to spread the global payment"),
    ] = None
    payment_frequency: Annotated[
        str | None,
        Field(
            alias="paymentFrequency", description="Frequency of the payments, such as monthly and bimonthly"
        ),
    ] = None
    plan_type: Annotated[str | None, Field(alias="planType", description="Type of payment plan")] = None
    priority: Annotated[int | None, Field(description="Priority of the payment plan")] = None
    status: Annotated[
        str | None, Field(description="Status of the payment plan (effective, ineffective)")
    ] = None
    payment_method: Annotated[PaymentMethodRef | None, Field(alias="paymentMethod")] = None
    total_amount: Annotated[Money | None, Field(alias="totalAmount", description="Amount paid")] = None
    valid_for: Annotated[
        TimePeriod | None, Field(alias="validFor", description="Validity period of the payment plan")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str, Field(description="Name of the related entity.")]
    role: Annotated[str | None, Field(description="Role played by the related party")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ]


class SettlementAccount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the account")] = None
    href: Annotated[str | None, Field(description="Unique reference of the account")] = None
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class SettlementAccountAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    payload: Annotated[
        SettlementAccountAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class SettlementAccountAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    settlement_account: Annotated[
        SettlementAccount | None,
        Field(alias="settlementAccount", description="The involved resource data for the event"),
    ] = None


class SettlementAccountCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_balance: Annotated[list[AccountBalance] | None, Field(alias="accountBalance")] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class SettlementAccountStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    payload: Annotated[
        SettlementAccountStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class SettlementAccountStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    settlement_account: Annotated[
        SettlementAccount | None,
        Field(alias="settlementAccount", description="The involved resource data for the event"),
    ] = None


class SettlementAccountUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_type: Annotated[
        str | None,
        Field(
            alias="accountType",
            description="A categorization of an account, such as individual, joint, and so forth, whose instances share some of the same characteristics. Note: for flexibility we use a String here but an implementation may use an enumeration with a limited list of valid values.",
        ),
    ] = None
    description: Annotated[str | None, Field(description="Detailed description of the party account")] = None
    last_modified: Annotated[
        AwareDatetime | None,
        Field(alias="lastModified", description="Date of last modification of the account"),
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    payment_status: Annotated[
        str | None,
        Field(
            alias="paymentStatus", description="The condition of the account, such as due, paid, in arrears."
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="Contains the lifecycle state such as: Active, Closed, Suspended and so on."),
    ] = None
    account_relationship: Annotated[list[AccountRelationship] | None, Field(alias="accountRelationship")] = (
        None
    )
    bill_structure: Annotated[BillStructure | None, Field(alias="billStructure")] = None
    contact: list[Contact] | None = None
    credit_limit: Annotated[
        Money | None,
        Field(
            alias="creditLimit", description="The maximum amount of money that may be charged on an account"
        ),
    ] = None
    default_payment_method: Annotated[PaymentMethodRef | None, Field(alias="defaultPaymentMethod")] = None
    financial_account: Annotated[FinancialAccountRef | None, Field(alias="financialAccount")] = None
    payment_plan: Annotated[list[PaymentPlan] | None, Field(alias="paymentPlan")] = None
    related_party: Annotated[list[RelatedParty], Field(alias="relatedParty", min_length=1)]
    tax_exemption: Annotated[list[AccountTaxExemption] | None, Field(alias="taxExemption")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class TimePeriod(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    end_date_time: Annotated[
        AwareDatetime | None,
        Field(alias="endDateTime", description="End of the time period, using IETC-RFC-3339 format"),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end",
        ),
    ] = None
