# Generated from specs/tmf/TMF632-PartyManagement-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class AnyModel(RootModel[Any]):
    root: Any


class Attachment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier for this particular attachment"),
    ] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None,
        Field(
            alias="attachmentType", description="Attachment type such as video, picture"
        ),
    ] = None
    content: Annotated[
        str | None,
        Field(
            description="The actual contents of the attachment object, if embedded, encoded as base64"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    mime_type: Annotated[
        str | None,
        Field(
            alias="mimeType",
            description="Attachment mime type such as extension file for video, picture and document",
        ),
    ] = None
    name: Annotated[str | None, Field(description="The name of the attachment")] = None
    url: Annotated[
        str | None,
        Field(
            description="Uniform Resource Locator, is a web page address (a subset of URI)"
        ),
    ] = None
    size: Annotated[
        Quantity | None, Field(description="The size of the attachment.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which the attachment is valid",
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


class AttachmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique-Identifier for this attachment")]
    href: Annotated[
        str | None,
        Field(description="URL serving as reference for the attachment resource"),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    url: Annotated[
        str | None, Field(description="Link to the attachment media/content")
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
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AttachmentRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier for this particular attachment"),
    ] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None,
        Field(
            alias="attachmentType", description="Attachment type such as video, picture"
        ),
    ] = None
    content: Annotated[
        str | None,
        Field(
            description="The actual contents of the attachment object, if embedded, encoded as base64"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    mime_type: Annotated[
        str | None,
        Field(
            alias="mimeType",
            description="Attachment mime type such as extension file for video, picture and document",
        ),
    ] = None
    name: Annotated[str | None, Field(description="The name of the attachment")] = None
    url: Annotated[
        str | None,
        Field(
            description="Uniform Resource Locator, is a web page address (a subset of URI)"
        ),
    ] = None
    size: Annotated[
        Quantity | None, Field(description="The size of the attachment.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which the attachment is valid",
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


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
        str | None,
        Field(
            alias="mediumType",
            description="Type of the contact medium, such as: email address, telephone number, postal address",
        ),
    ] = None
    preferred: Annotated[
        bool | None,
        Field(description="If true, indicates that is the preferred contact medium"),
    ] = None
    characteristic: Annotated[
        MediumCharacteristic | None,
        Field(description="Any additional characteristic(s) of this contact medium"),
    ] = None
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


class Disability(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    disability_code: Annotated[
        str | None, Field(alias="disabilityCode", description="Code of the disability")
    ] = None
    disability_name: Annotated[
        str | None, Field(alias="disabilityName", description="Name of the disability")
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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


class ExternalReference(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    external_reference_type: Annotated[
        str | None,
        Field(
            alias="externalReferenceType", description="Type of the external reference"
        ),
    ] = None
    name: Annotated[str | None, Field(description="External reference name")] = None
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


class Individual(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the organization")]
    href: Annotated[
        str | None, Field(description="Hyperlink to access the organization")
    ] = None
    aristocratic_title: Annotated[
        str | None,
        Field(alias="aristocraticTitle", description="e.g. Baron, Graf, Earl,…"),
    ] = None
    birth_date: Annotated[
        AwareDatetime | None, Field(alias="birthDate", description="Birth date")
    ] = None
    country_of_birth: Annotated[
        str | None,
        Field(
            alias="countryOfBirth", description="Country where the individual was born"
        ),
    ] = None
    death_date: Annotated[
        AwareDatetime | None, Field(alias="deathDate", description="Date of death")
    ] = None
    family_name: Annotated[
        str | None,
        Field(
            alias="familyName",
            description="Contains the non-chosen or inherited name. Also known as last name in the Western context",
        ),
    ] = None
    family_name_prefix: Annotated[
        str | None, Field(alias="familyNamePrefix", description="Family name prefix")
    ] = None
    formatted_name: Annotated[
        str | None,
        Field(
            alias="formattedName",
            description="A fully formatted name in one string with all of its pieces in their proper place and all of the necessary punctuation. Useful for specific contexts (Chinese, Japanese, Korean,…)",
        ),
    ] = None
    full_name: Annotated[
        str | None,
        Field(
            alias="fullName",
            description="Full name flatten (first, middle, and last names)",
        ),
    ] = None
    gender: Annotated[str | None, Field(description="Gender")] = None
    generation: Annotated[
        str | None, Field(description="e.g.. Sr, Jr, III (the third),…")
    ] = None
    given_name: Annotated[
        str | None, Field(alias="givenName", description="First name of the individual")
    ] = None
    legal_name: Annotated[
        str | None,
        Field(
            alias="legalName",
            description="Legal name or birth name (name one has for official purposes)",
        ),
    ] = None
    location: Annotated[
        str | None,
        Field(
            description="Temporary current location od the individual (may be used if the individual has approved its sharing)"
        ),
    ] = None
    marital_status: Annotated[
        str | None,
        Field(
            alias="maritalStatus",
            description="Marital status (married, divorced, widow ...)",
        ),
    ] = None
    middle_name: Annotated[
        str | None, Field(alias="middleName", description="Middles name or initial")
    ] = None
    nationality: Annotated[str | None, Field(description="Nationality")] = None
    place_of_birth: Annotated[
        str | None,
        Field(
            alias="placeOfBirth",
            description="Reference to the place where the individual was born",
        ),
    ] = None
    preferred_given_name: Annotated[
        str | None,
        Field(
            alias="preferredGivenName",
            description="Contains the chosen name by which the individual prefers to be addressed. Note: This name may be a name other than a given name, such as a nickname",
        ),
    ] = None
    title: Annotated[
        str | None,
        Field(
            description="Useful for titles (aristocratic, social,...) Pr, Dr, Sir, ..."
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    disability: list[Disability] | None = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    individual_identification: Annotated[
        list[IndividualIdentification] | None, Field(alias="individualIdentification")
    ] = None
    language_ability: Annotated[
        list[LanguageAbility] | None, Field(alias="languageAbility")
    ] = None
    other_name: Annotated[
        list[OtherNameIndividual] | None, Field(alias="otherName")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    skill: list[Skill] | None = None
    status: Annotated[
        IndividualStateType | None, Field(description="Status of the individual")
    ] = None
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class IndividualAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        IndividualAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class IndividualAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    individual: Annotated[
        Individual | None, Field(description="The involved resource data for the event")
    ] = None


class IndividualCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aristocratic_title: Annotated[
        str | None,
        Field(alias="aristocraticTitle", description="e.g. Baron, Graf, Earl,…"),
    ] = None
    birth_date: Annotated[
        AwareDatetime | None, Field(alias="birthDate", description="Birth date")
    ] = None
    country_of_birth: Annotated[
        str | None,
        Field(
            alias="countryOfBirth", description="Country where the individual was born"
        ),
    ] = None
    death_date: Annotated[
        AwareDatetime | None, Field(alias="deathDate", description="Date of death")
    ] = None
    family_name: Annotated[
        str,
        Field(
            alias="familyName",
            description="Contains the non-chosen or inherited name. Also known as last name in the Western context",
        ),
    ]
    family_name_prefix: Annotated[
        str | None, Field(alias="familyNamePrefix", description="Family name prefix")
    ] = None
    formatted_name: Annotated[
        str | None,
        Field(
            alias="formattedName",
            description="A fully formatted name in one string with all of its pieces in their proper place and all of the necessary punctuation. Useful for specific contexts (Chinese, Japanese, Korean,…)",
        ),
    ] = None
    full_name: Annotated[
        str | None,
        Field(
            alias="fullName",
            description="Full name flatten (first, middle, and last names)",
        ),
    ] = None
    gender: Annotated[str | None, Field(description="Gender")] = None
    generation: Annotated[
        str | None, Field(description="e.g.. Sr, Jr, III (the third),…")
    ] = None
    given_name: Annotated[
        str, Field(alias="givenName", description="First name of the individual")
    ]
    legal_name: Annotated[
        str | None,
        Field(
            alias="legalName",
            description="Legal name or birth name (name one has for official purposes)",
        ),
    ] = None
    location: Annotated[
        str | None,
        Field(
            description="Temporary current location od the individual (may be used if the individual has approved its sharing)"
        ),
    ] = None
    marital_status: Annotated[
        str | None,
        Field(
            alias="maritalStatus",
            description="Marital status (married, divorced, widow ...)",
        ),
    ] = None
    middle_name: Annotated[
        str | None, Field(alias="middleName", description="Middles name or initial")
    ] = None
    nationality: Annotated[str | None, Field(description="Nationality")] = None
    place_of_birth: Annotated[
        str | None,
        Field(
            alias="placeOfBirth",
            description="Reference to the place where the individual was born",
        ),
    ] = None
    preferred_given_name: Annotated[
        str | None,
        Field(
            alias="preferredGivenName",
            description="Contains the chosen name by which the individual prefers to be addressed. Note: This name may be a name other than a given name, such as a nickname",
        ),
    ] = None
    title: Annotated[
        str | None,
        Field(
            description="Useful for titles (aristocratic, social,...) Pr, Dr, Sir, ..."
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    disability: list[Disability] | None = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    individual_identification: Annotated[
        list[IndividualIdentification] | None, Field(alias="individualIdentification")
    ] = None
    language_ability: Annotated[
        list[LanguageAbility] | None, Field(alias="languageAbility")
    ] = None
    other_name: Annotated[
        list[OtherNameIndividual] | None, Field(alias="otherName")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    skill: list[Skill] | None = None
    status: Annotated[
        IndividualStateType | None, Field(description="Status of the individual")
    ] = None
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class IndividualCreateEvent(BaseModel):
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
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        IndividualCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class IndividualCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    individual: Annotated[
        Individual | None, Field(description="The involved resource data for the event")
    ] = None


class IndividualDeleteEvent(BaseModel):
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
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        IndividualDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class IndividualDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    individual: Annotated[
        Individual | None, Field(description="The involved resource data for the event")
    ] = None


class IndividualIdentification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    identification_id: Annotated[
        str | None, Field(alias="identificationId", description="Identifier")
    ] = None
    identification_type: Annotated[
        str | None,
        Field(
            alias="identificationType",
            description="Identification type (passport, national identity card, drivers license, social security number, birth certificate)",
        ),
    ] = None
    issuing_authority: Annotated[
        str | None,
        Field(
            alias="issuingAuthority",
            description="Authority which has issued the identifier, such as: social security, town hall",
        ),
    ] = None
    issuing_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="issuingDate", description="Date at which the identifier was issued"
        ),
    ] = None
    attachment: AttachmentRefOrValue | None = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the identification information is valid.",
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


class IndividualStateChangeEvent(BaseModel):
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
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        IndividualStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class IndividualStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    individual: Annotated[
        Individual | None, Field(description="The involved resource data for the event")
    ] = None


class IndividualStateType(StrEnum):
    initialized = "initialized"
    validated = "validated"
    deceaded = "deceaded"


class IndividualUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aristocratic_title: Annotated[
        str | None,
        Field(alias="aristocraticTitle", description="e.g. Baron, Graf, Earl,…"),
    ] = None
    birth_date: Annotated[
        AwareDatetime | None, Field(alias="birthDate", description="Birth date")
    ] = None
    country_of_birth: Annotated[
        str | None,
        Field(
            alias="countryOfBirth", description="Country where the individual was born"
        ),
    ] = None
    death_date: Annotated[
        AwareDatetime | None, Field(alias="deathDate", description="Date of death")
    ] = None
    family_name: Annotated[
        str | None,
        Field(
            alias="familyName",
            description="Contains the non-chosen or inherited name. Also known as last name in the Western context",
        ),
    ] = None
    family_name_prefix: Annotated[
        str | None, Field(alias="familyNamePrefix", description="Family name prefix")
    ] = None
    formatted_name: Annotated[
        str | None,
        Field(
            alias="formattedName",
            description="A fully formatted name in one string with all of its pieces in their proper place and all of the necessary punctuation. Useful for specific contexts (Chinese, Japanese, Korean,…)",
        ),
    ] = None
    full_name: Annotated[
        str | None,
        Field(
            alias="fullName",
            description="Full name flatten (first, middle, and last names)",
        ),
    ] = None
    gender: Annotated[str | None, Field(description="Gender")] = None
    generation: Annotated[
        str | None, Field(description="e.g.. Sr, Jr, III (the third),…")
    ] = None
    given_name: Annotated[
        str | None, Field(alias="givenName", description="First name of the individual")
    ] = None
    legal_name: Annotated[
        str | None,
        Field(
            alias="legalName",
            description="Legal name or birth name (name one has for official purposes)",
        ),
    ] = None
    location: Annotated[
        str | None,
        Field(
            description="Temporary current location od the individual (may be used if the individual has approved its sharing)"
        ),
    ] = None
    marital_status: Annotated[
        str | None,
        Field(
            alias="maritalStatus",
            description="Marital status (married, divorced, widow ...)",
        ),
    ] = None
    middle_name: Annotated[
        str | None, Field(alias="middleName", description="Middles name or initial")
    ] = None
    nationality: Annotated[str | None, Field(description="Nationality")] = None
    place_of_birth: Annotated[
        str | None,
        Field(
            alias="placeOfBirth",
            description="Reference to the place where the individual was born",
        ),
    ] = None
    preferred_given_name: Annotated[
        str | None,
        Field(
            alias="preferredGivenName",
            description="Contains the chosen name by which the individual prefers to be addressed. Note: This name may be a name other than a given name, such as a nickname",
        ),
    ] = None
    title: Annotated[
        str | None,
        Field(
            description="Useful for titles (aristocratic, social,...) Pr, Dr, Sir, ..."
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    disability: list[Disability] | None = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    individual_identification: Annotated[
        list[IndividualIdentification] | None, Field(alias="individualIdentification")
    ] = None
    language_ability: Annotated[
        list[LanguageAbility] | None, Field(alias="languageAbility")
    ] = None
    other_name: Annotated[
        list[OtherNameIndividual] | None, Field(alias="otherName")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    skill: list[Skill] | None = None
    status: Annotated[
        IndividualStateType | None, Field(description="Status of the individual")
    ] = None
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class LanguageAbility(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    is_favourite_language: Annotated[
        bool | None,
        Field(
            alias="isFavouriteLanguage",
            description="A “true” value specifies whether the language is considered by the individual as his favourite one",
        ),
    ] = None
    language_code: Annotated[
        str | None, Field(alias="languageCode", description="Language code (RFC 5646)")
    ] = None
    language_name: Annotated[
        str | None, Field(alias="languageName", description="Language name")
    ] = None
    listening_proficiency: Annotated[
        str | None,
        Field(
            alias="listeningProficiency",
            description="Listening proficiency evaluated for this language",
        ),
    ] = None
    reading_proficiency: Annotated[
        str | None,
        Field(
            alias="readingProficiency",
            description="Reading proficiency evaluated for this language",
        ),
    ] = None
    speaking_proficiency: Annotated[
        str | None,
        Field(
            alias="speakingProficiency",
            description="Speaking proficiency evaluated for this language",
        ),
    ] = None
    writing_proficiency: Annotated[
        str | None,
        Field(
            alias="writingProficiency",
            description="Writing proficiency evaluated for this language",
        ),
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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


class Organization(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the organization")]
    href: Annotated[
        str | None, Field(description="Hyperlink to access the organization")
    ] = None
    is_head_office: Annotated[
        bool | None,
        Field(
            alias="isHeadOffice",
            description="If value is true, the organization is the head office",
        ),
    ] = None
    is_legal_entity: Annotated[
        bool | None,
        Field(
            alias="isLegalEntity",
            description="If value is true, the organization is a legal entity known by a national referential.",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Organization name (department name for example)")
    ] = None
    name_type: Annotated[
        str | None,
        Field(alias="nameType", description="Type of the name : Co, Inc, Ltd,…"),
    ] = None
    organization_type: Annotated[
        str | None,
        Field(
            alias="organizationType",
            description="Type of Organization (company, department...)",
        ),
    ] = None
    trading_name: Annotated[
        str | None,
        Field(
            alias="tradingName",
            description="Name that the organization (unit) trades under",
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    exists_during: Annotated[TimePeriod | None, Field(alias="existsDuring")] = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    organization_child_relationship: Annotated[
        list[OrganizationChildRelationship] | None,
        Field(alias="organizationChildRelationship"),
    ] = None
    organization_identification: Annotated[
        list[OrganizationIdentification] | None,
        Field(alias="organizationIdentification"),
    ] = None
    organization_parent_relationship: Annotated[
        OrganizationParentRelationship | None,
        Field(alias="organizationParentRelationship"),
    ] = None
    other_name: Annotated[
        list[OtherNameOrganization] | None, Field(alias="otherName")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        OrganizationStateType | None, Field(description="Status of the organization")
    ] = None
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class OrganizationAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        OrganizationAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class OrganizationAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    organization: Annotated[
        Organization | None,
        Field(description="The involved resource data for the event"),
    ] = None


class OrganizationChildRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="Type of the relationship. Could be juridical, hierarchical, geographical, functional for example.",
        ),
    ] = None
    organization: OrganizationRef | None = None
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


class OrganizationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    is_head_office: Annotated[
        bool | None,
        Field(
            alias="isHeadOffice",
            description="If value is true, the organization is the head office",
        ),
    ] = None
    is_legal_entity: Annotated[
        bool | None,
        Field(
            alias="isLegalEntity",
            description="If value is true, the organization is a legal entity known by a national referential.",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Organization name (department name for example)")
    ] = None
    name_type: Annotated[
        str | None,
        Field(alias="nameType", description="Type of the name : Co, Inc, Ltd,…"),
    ] = None
    organization_type: Annotated[
        str | None,
        Field(
            alias="organizationType",
            description="Type of Organization (company, department...)",
        ),
    ] = None
    trading_name: Annotated[
        str,
        Field(
            alias="tradingName",
            description="Name that the organization (unit) trades under",
        ),
    ]
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    exists_during: Annotated[TimePeriod | None, Field(alias="existsDuring")] = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    organization_child_relationship: Annotated[
        list[OrganizationChildRelationship] | None,
        Field(alias="organizationChildRelationship"),
    ] = None
    organization_identification: Annotated[
        list[OrganizationIdentification] | None,
        Field(alias="organizationIdentification"),
    ] = None
    organization_parent_relationship: Annotated[
        OrganizationParentRelationship | None,
        Field(alias="organizationParentRelationship"),
    ] = None
    other_name: Annotated[
        list[OtherNameOrganization] | None, Field(alias="otherName")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        OrganizationStateType | None, Field(description="Status of the organization")
    ] = None
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class OrganizationCreateEvent(BaseModel):
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
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        OrganizationCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class OrganizationCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    organization: Annotated[
        Organization | None,
        Field(description="The involved resource data for the event"),
    ] = None


class OrganizationDeleteEvent(BaseModel):
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
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        OrganizationDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class OrganizationDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    organization: Annotated[
        Organization | None,
        Field(description="The involved resource data for the event"),
    ] = None


class OrganizationIdentification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    identification_id: Annotated[
        str | None, Field(alias="identificationId", description="Identifier")
    ] = None
    identification_type: Annotated[
        str | None,
        Field(
            alias="identificationType",
            description="Type of identification information used to identify the company in a country or internationally",
        ),
    ] = None
    issuing_authority: Annotated[
        str | None,
        Field(
            alias="issuingAuthority",
            description="Authority which has issued the identifier (chamber of commerce...)",
        ),
    ] = None
    issuing_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="issuingDate", description="Date at which the identifier was issued"
        ),
    ] = None
    attachment: AttachmentRefOrValue | None = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the identification information is valid.",
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


class OrganizationParentRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="Type of the relationship. Could be juridical, hierarchical, geographical, functional for example.",
        ),
    ] = None
    organization: OrganizationRef | None = None
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


class OrganizationRef(BaseModel):
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


class OrganizationStateChangeEvent(BaseModel):
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
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    event: Annotated[
        OrganizationStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class OrganizationStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    organization: Annotated[
        Organization | None,
        Field(description="The involved resource data for the event"),
    ] = None


class OrganizationStateType(StrEnum):
    initialized = "initialized"
    validated = "validated"
    closed = "closed"


class OrganizationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    is_head_office: Annotated[
        bool | None,
        Field(
            alias="isHeadOffice",
            description="If value is true, the organization is the head office",
        ),
    ] = None
    is_legal_entity: Annotated[
        bool | None,
        Field(
            alias="isLegalEntity",
            description="If value is true, the organization is a legal entity known by a national referential.",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Organization name (department name for example)")
    ] = None
    name_type: Annotated[
        str | None,
        Field(alias="nameType", description="Type of the name : Co, Inc, Ltd,…"),
    ] = None
    organization_type: Annotated[
        str | None,
        Field(
            alias="organizationType",
            description="Type of Organization (company, department...)",
        ),
    ] = None
    trading_name: Annotated[
        str | None,
        Field(
            alias="tradingName",
            description="Name that the organization (unit) trades under",
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    exists_during: Annotated[TimePeriod | None, Field(alias="existsDuring")] = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    organization_child_relationship: Annotated[
        list[OrganizationChildRelationship] | None,
        Field(alias="organizationChildRelationship"),
    ] = None
    organization_identification: Annotated[
        list[OrganizationIdentification] | None,
        Field(alias="organizationIdentification"),
    ] = None
    organization_parent_relationship: Annotated[
        OrganizationParentRelationship | None,
        Field(alias="organizationParentRelationship"),
    ] = None
    other_name: Annotated[
        list[OtherNameOrganization] | None, Field(alias="otherName")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        OrganizationStateType | None, Field(description="Status of the organization")
    ] = None
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class OtherNameIndividual(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aristocratic_title: Annotated[
        str | None,
        Field(alias="aristocraticTitle", description="e.g. Baron, Graf, Earl,…"),
    ] = None
    family_name: Annotated[
        str | None,
        Field(
            alias="familyName",
            description="Contains the non-chosen or inherited name. Also known as last name in the Western context",
        ),
    ] = None
    family_name_prefix: Annotated[
        str | None, Field(alias="familyNamePrefix", description="Family name prefix")
    ] = None
    formatted_name: Annotated[
        str | None,
        Field(
            alias="formattedName",
            description=". A fully formatted name in one string with all of its pieces in their proper place and all of the necessary punctuation. Useful for specific contexts (Chinese, Japanese, Korean,…)",
        ),
    ] = None
    full_name: Annotated[
        str | None,
        Field(
            alias="fullName",
            description="Full name flatten (first, middle, and last names)",
        ),
    ] = None
    generation: Annotated[str | None, Field(description="e.g. Sr, Jr…")] = None
    given_name: Annotated[
        str | None, Field(alias="givenName", description="First name")
    ] = None
    legal_name: Annotated[
        str | None,
        Field(
            alias="legalName",
            description="Legal name or birth name (name one has for official purposes)",
        ),
    ] = None
    middle_name: Annotated[
        str | None, Field(alias="middleName", description="Middle name or initial")
    ] = None
    preferred_given_name: Annotated[
        str | None,
        Field(
            alias="preferredGivenName",
            description="Contains the chosen name by which the person prefers to be addressed. Note: This name may be a name other than a given name, such as a nickname",
        ),
    ] = None
    title: Annotated[
        str | None,
        Field(
            description="Use for titles (aristrocatic, social, ...): Pr, Dr, Sir,...."
        ),
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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


class OtherNameOrganization(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[
        str | None, Field(description="Organization name (department name for example)")
    ] = None
    name_type: Annotated[
        str | None,
        Field(
            alias="nameType", description="Co. , Inc. , Ltd. , Pty Ltd. , Plc; , Gmbh"
        ),
    ] = None
    trading_name: Annotated[
        str | None,
        Field(
            alias="tradingName",
            description="The name that the organization trades under",
        ),
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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


class Party(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the organization")
    ] = None
    href: Annotated[
        str | None, Field(description="Hyperlink to access the organization")
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None, Field(alias="contactMedium")
    ] = None
    credit_rating: Annotated[
        list[PartyCreditProfile] | None, Field(alias="creditRating")
    ] = None
    external_reference: Annotated[
        list[ExternalReference] | None, Field(alias="externalReference")
    ] = None
    party_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="partyCharacteristic")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    tax_exemption_certificate: Annotated[
        list[TaxExemptionCertificate] | None, Field(alias="taxExemptionCertificate")
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


class PartyCreditProfile(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    credit_agency_name: Annotated[
        str | None,
        Field(
            alias="creditAgencyName",
            description="Name of the credit agency giving the score",
        ),
    ] = None
    credit_agency_type: Annotated[
        str | None,
        Field(
            alias="creditAgencyType",
            description="Type of the credit agency giving the score",
        ),
    ] = None
    rating_reference: Annotated[
        str | None,
        Field(
            alias="ratingReference",
            description="Reference corresponding to the credit rating",
        ),
    ] = None
    rating_score: Annotated[
        int | None,
        Field(
            alias="ratingScore",
            description="A measure of a party’s creditworthiness calculated on the basis of a combination of factors such as their income and credit history",
        ),
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[
        float | None, Field(description="Numeric value in a given unit")
    ] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


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


class Skill(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    comment: Annotated[
        str | None,
        Field(description="A free text comment linked to the evaluation done"),
    ] = None
    evaluated_level: Annotated[
        str | None,
        Field(
            alias="evaluatedLevel",
            description="Level of expertise in a skill evaluated for an individual",
        ),
    ] = None
    skill_code: Annotated[
        str | None, Field(alias="skillCode", description="Code of the skill")
    ] = None
    skill_name: Annotated[
        str | None,
        Field(
            alias="skillName", description="Name of the skill such as Java language,…"
        ),
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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


class TaxDefinition(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the tax.")] = None
    name: Annotated[str | None, Field(description="Tax name.")] = None
    tax_type: Annotated[
        str | None, Field(alias="taxType", description="Type of  the tax.")
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
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class TaxExemptionCertificate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier of the certificate of the tax exemption"),
    ] = None
    attachment: AttachmentRefOrValue | None = None
    tax_definition: Annotated[
        list[TaxDefinition] | None, Field(alias="taxDefinition")
    ] = None
    valid_for: Annotated[TimePeriod | None, Field(alias="validFor")] = None
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
