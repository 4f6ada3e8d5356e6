# Generated from specs/tmf/TMF629-CustomerManagement-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class AccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the account")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the account")] = None
    description: Annotated[
        str | None, Field(description="Detailed description of the account")
    ] = None
    name: Annotated[str, Field(description="Name of the account")]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AgreementRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the agreement")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AnyModel(RootModel[Any]):
    root: Any


class Characteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(description="Name of the characteristic")]
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="Data type of the value of the characteristic",
        ),
    ] = None
    value: Annotated[AnyModel, Field(description="The value of the characteristic")]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class ContactMedium(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    medium_type: Annotated[
        str,
        Field(
            alias="mediumType",
            description="Type of the contact medium, such as: email address, telephone number, postal address",
        ),
    ]
    preferred: Annotated[
        bool | None,
        Field(description="If true, indicates that is the preferred contact medium"),
    ] = None
    characteristic: Annotated[
        MediumCharacteristic,
        Field(description="Any additional characteristic(s) of this contact medium"),
    ]
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The time period that the contact medium is valid for",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class CreditProfile(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    credit_profile_date: Annotated[
        AwareDatetime,
        Field(
            alias="creditProfileDate",
            description="The date the profile was established",
        ),
    ]
    credit_risk_rating: Annotated[
        int | None,
        Field(
            alias="creditRiskRating",
            description="This is an integer whose value is used to rate the risk",
        ),
    ] = None
    credit_score: Annotated[
        int | None,
        Field(
            alias="creditScore",
            description="A measure of a person or organizations creditworthiness calculated on the basis of a combination of factors such as their income and credit history",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod,
        Field(
            alias="validFor", description="The period for which the profile is valid"
        ),
    ]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Customer(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier for Customers")] = (
        None
    )
    href: Annotated[
        str | None, Field(description="Url used to reference the customer.")
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="A word, term, or phrase by which the Customer is known and distinguished from other Customers."
        ),
    ] = None
    status: Annotated[
        str | None,
        Field(description="Used to track the lifecycle status of the customer."),
    ] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="A string providing an explanation on the value of the status lifecycle. For instance if the status is Rejected, statusReason will provide the reason for rejection.",
        ),
    ] = None
    account: list[AccountRef] | None = None
    agreement: list[AgreementRef] | None = None
    characteristic: Annotated[
        list[Characteristic] | None,
        Field(description="Describes the characteristic of a customer."),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_profile: Annotated[
        list[CreditProfile] | None, Field(alias="creditProfile")
    ] = None
    engaged_party: Annotated[
        RelatedParty,
        Field(
            alias="engagedParty",
            description="The party - an organization or an individual - that is engaged as a customer.",
        ),
    ]
    payment_method: Annotated[
        list[PaymentMethodRef] | None, Field(alias="paymentMethod")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The time period that the Customer is valid for.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class CustomerAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explanatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        CustomerAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CustomerAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    customer: Annotated[
        Customer | None, Field(description="The involved resource data for the event")
    ] = None


class CustomerCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[
        str,
        Field(
            description="A word, term, or phrase by which the Customer is known and distinguished from other Customers."
        ),
    ]
    status: Annotated[
        str | None,
        Field(description="Used to track the lifecycle status of the customer."),
    ] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="A string providing an explanation on the value of the status lifecycle. For instance if the status is Rejected, statusReason will provide the reason for rejection.",
        ),
    ] = None
    account: list[AccountRef] | None = None
    agreement: list[AgreementRef] | None = None
    characteristic: Annotated[
        list[Characteristic] | None,
        Field(description="Describes the characteristic of a customer."),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_profile: Annotated[
        list[CreditProfile] | None, Field(alias="creditProfile")
    ] = None
    engaged_party: Annotated[
        RelatedParty,
        Field(
            alias="engagedParty",
            description="The party - an organization or an individual - that is engaged as a customer.",
        ),
    ]
    payment_method: Annotated[
        list[PaymentMethodRef] | None, Field(alias="paymentMethod")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The time period that the Customer is valid for.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class CustomerCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Identifier of the resource involved in the event"),
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the resource involved in the event")
    ] = None
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explanatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    event: Annotated[
        CustomerCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CustomerCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    customer: Annotated[
        Customer | None, Field(description="The involved resource data for the event")
    ] = None


class CustomerDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Identifier of the resource involved in the event"),
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the resource involved in the event")
    ] = None
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explanatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    event: Annotated[
        CustomerDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CustomerDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    customer: Annotated[
        Customer | None, Field(description="The involved resource data for the event")
    ] = None


class CustomerStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Identifier of the resource involved in the event"),
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the resource involved in the event")
    ] = None
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explanatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    event: Annotated[
        CustomerStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CustomerStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    customer: Annotated[
        Customer | None, Field(description="The involved resource data for the event")
    ] = None


class CustomerUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[
        str | None,
        Field(
            description="A word, term, or phrase by which the Customer is known and distinguished from other Customers."
        ),
    ] = None
    status: Annotated[
        str | None,
        Field(description="Used to track the lifecycle status of the customer."),
    ] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="A string providing an explanation on the value of the status lifecycle. For instance if the status is Rejected, statusReason will provide the reason for rejection.",
        ),
    ] = None
    account: list[AccountRef] | None = None
    agreement: list[AgreementRef] | None = None
    characteristic: Annotated[
        list[Characteristic] | None,
        Field(description="Describes the characteristic of a customer."),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_profile: Annotated[
        list[CreditProfile] | None, Field(alias="creditProfile")
    ] = None
    engaged_party: Annotated[
        RelatedParty,
        Field(
            alias="engagedParty",
            description="The party - an organization or an individual - that is engaged as a customer.",
        ),
    ]
    payment_method: Annotated[
        list[PaymentMethodRef] | None, Field(alias="paymentMethod")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The time period that the Customer is valid for.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
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
        str,
        Field(
            description="Application relevant detail, defined in the API or a common list."
        ),
    ]
    reason: Annotated[
        str,
        Field(
            description="Explanation of the reason for the error which can be shown to a client user."
        ),
    ]
    message: Annotated[
        str | None,
        Field(
            description="More details and corrective actions related to the error which can be shown to a client user."
        ),
    ] = None
    status: Annotated[str | None, Field(description="HTTP Error code extension")] = None
    reference_error: Annotated[
        AnyUrl | None,
        Field(
            alias="referenceError",
            description="URI of documentation describing the error.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class.",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name.",
        ),
    ] = None


class EventSubscription(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the listener")]
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = (
        None
    )


class EventSubscriptionInput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = (
        None
    )


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
        str | None,
        Field(
            alias="emailAddress", description="Full email address in standard format"
        ),
    ] = None
    fax_number: Annotated[
        str | None,
        Field(alias="faxNumber", description="The fax number of the contact"),
    ] = None
    phone_number: Annotated[
        str | None,
        Field(
            alias="phoneNumber", description="The primary phone number of the contact"
        ),
    ] = None
    post_code: Annotated[
        str | None, Field(alias="postCode", description="Postcode")
    ] = None
    social_network_id: Annotated[
        str | None,
        Field(
            alias="socialNetworkId",
            description="Identifier as a member of a social network",
        ),
    ] = None
    state_or_province: Annotated[
        str | None, Field(alias="stateOrProvince", description="State or province")
    ] = None
    street1: Annotated[str | None, Field(description="Describes the street")] = None
    street2: Annotated[
        str | None, Field(description="Complementary street description")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Model(RootModel[Any]):
    root: Any


class PaymentMethodRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the payment mean")]
    href: Annotated[str | None, Field(description="Reference of the payment mean")] = (
        None
    )
    name: Annotated[str | None, Field(description="Name of the payment mean")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[
        str | None, Field(description="Role played by the related party")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
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
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ]


class TimePeriod(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    end_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="endDateTime",
            description="End of the time period, using IETC-RFC-3339 format",
        ),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end",
        ),
    ] = None
