# Generated from specs/tmf/TMF646-AppointmentManagement-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class Appointment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the appointment")] = None
    href: Annotated[
        str | None, Field(description="Unique URI used to access to the appointment resource")
    ] = None
    category: Annotated[
        str | None,
        Field(
            description="Business category : intervention for example or to be more precise after SalesIntervention, orderDeliveryIntervention,..."
        ),
    ] = None
    creation_date: Annotated[
        AwareDatetime | None, Field(alias="creationDate", description="Appointment creation date")
    ] = None
    description: Annotated[str | None, Field(description="Short free text describing the appointment")] = None
    external_id: Annotated[
        str | None, Field(alias="externalId", description="External reference known by the customer")
    ] = None
    last_update: Annotated[
        AwareDatetime | None, Field(alias="lastUpdate", description="Date of last appointment update")
    ] = None
    attachment: list[AttachmentRefOrValue] | None = None
    calendar_event: Annotated[
        CalendarEventRef | None,
        Field(
            alias="calendarEvent",
            description="A calendar event reference (CalendarEventRef). The appointment is associated with a calendar event (an happening at a point of time) associated to a calendar entry.",
        ),
    ] = None
    contact_medium: Annotated[list[ContactMedium] | None, Field(alias="contactMedium")] = None
    note: list[Note] | None = None
    related_entity: Annotated[list[RelatedEntity] | None, Field(alias="relatedEntity")] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    related_place: Annotated[
        RelatedPlaceRefOrValue | None,
        Field(
            alias="relatedPlace",
            description="Related place defines (by reference or value) the place where the appointment will take place.",
        ),
    ] = None
    status: AppointmentStateType | None = None
    valid_for: Annotated[TimePeriod, Field(alias="validFor")]
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


class AppointmentAttributeValueChangeEvent(BaseModel):
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
    event: Annotated[
        AppointmentAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class AppointmentAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    appointment: Annotated[
        Appointment | None, Field(description="The involved resource data for the event")
    ] = None


class AppointmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    category: Annotated[
        str | None,
        Field(
            description="Business category : intervention for example or to be more precise after SalesIntervention, orderDeliveryIntervention,..."
        ),
    ] = None
    description: Annotated[str | None, Field(description="Short free text describing the appointment")] = None
    external_id: Annotated[
        str | None, Field(alias="externalId", description="External reference known by the customer")
    ] = None
    attachment: list[AttachmentRefOrValue] | None = None
    calendar_event: Annotated[
        CalendarEventRef | None,
        Field(
            alias="calendarEvent",
            description="A calendar event reference (CalendarEventRef). The appointment is associated with a calendar event (an happening at a point of time) associated to a calendar entry.",
        ),
    ] = None
    contact_medium: Annotated[list[ContactMedium] | None, Field(alias="contactMedium")] = None
    note: list[Note] | None = None
    related_entity: Annotated[list[RelatedEntity] | None, Field(alias="relatedEntity")] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    related_place: Annotated[
        RelatedPlaceRefOrValue | None,
        Field(
            alias="relatedPlace",
            description="Related place defines (by reference or value) the place where the appointment will take place.",
        ),
    ] = None
    valid_for: Annotated[TimePeriod, Field(alias="validFor")]
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


class AppointmentCreateEvent(BaseModel):
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
    event: Annotated[
        AppointmentCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class AppointmentCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    appointment: Annotated[
        Appointment | None, Field(description="The involved resource data for the event")
    ] = None


class AppointmentDeleteEvent(BaseModel):
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
    event: Annotated[
        AppointmentDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class AppointmentDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    appointment: Annotated[
        Appointment | None, Field(description="The involved resource data for the event")
    ] = None


class AppointmentStateChangeEvent(BaseModel):
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
    event: Annotated[
        AppointmentStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class AppointmentStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    appointment: Annotated[
        Appointment | None, Field(description="The involved resource data for the event")
    ] = None


class AppointmentStateType(StrEnum):
    initialized = "initialized"
    confirmed = "confirmed"
    cancelled = "cancelled"
    completed = "completed"
    failed = "failed"


class AppointmentUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    category: Annotated[
        str | None,
        Field(
            description="Business category : intervention for example or to be more precise after SalesIntervention, orderDeliveryIntervention,..."
        ),
    ] = None
    description: Annotated[str | None, Field(description="Short free text describing the appointment")] = None
    external_id: Annotated[
        str | None, Field(alias="externalId", description="External reference known by the customer")
    ] = None
    last_update: Annotated[
        AwareDatetime | None, Field(alias="lastUpdate", description="Date of last appointment update")
    ] = None
    attachment: list[AttachmentRefOrValue] | None = None
    calendar_event: Annotated[
        CalendarEventRef | None,
        Field(
            alias="calendarEvent",
            description="A calendar event reference (CalendarEventRef). The appointment is associated with a calendar event (an happening at a point of time) associated to a calendar entry.",
        ),
    ] = None
    contact_medium: Annotated[list[ContactMedium] | None, Field(alias="contactMedium")] = None
    note: list[Note] | None = None
    related_entity: Annotated[list[RelatedEntity] | None, Field(alias="relatedEntity")] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    related_place: Annotated[
        RelatedPlaceRefOrValue | None,
        Field(
            alias="relatedPlace",
            description="Related place defines (by reference or value) the place where the appointment will take place.",
        ),
    ] = None
    status: AppointmentStateType | None = None
    valid_for: Annotated[TimePeriod, Field(alias="validFor")]
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


class Attachment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier for this particular attachment")] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None, Field(alias="attachmentType", description="Attachment type such as video, picture")
    ] = None
    content: Annotated[
        str | None,
        Field(description="The actual contents of the attachment object, if embedded, encoded as base64"),
    ] = None
    description: Annotated[
        str | None, Field(description="A narrative text describing the content of the attachment")
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
        str | None, Field(description="Uniform Resource Locator, is a web page address (a subset of URI)")
    ] = None
    size: Annotated[Quantity | None, Field(description="The size of the attachment.")] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period of time for which the attachment is valid"),
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


class AttachmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique-Identifier for this attachment")]
    href: Annotated[str | None, Field(description="URL serving as reference for the attachment resource")] = (
        None
    )
    description: Annotated[
        str | None, Field(description="A narrative text describing the content of the attachment")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    url: Annotated[str | None, Field(description="Link to the attachment media/content")] = None
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


class AttachmentRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier for this particular attachment")] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None, Field(alias="attachmentType", description="Attachment type such as video, picture")
    ] = None
    content: Annotated[
        str | None,
        Field(description="The actual contents of the attachment object, if embedded, encoded as base64"),
    ] = None
    description: Annotated[
        str | None, Field(description="A narrative text describing the content of the attachment")
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
        str | None, Field(description="Uniform Resource Locator, is a web page address (a subset of URI)")
    ] = None
    size: Annotated[Quantity | None, Field(description="The size of the attachment.")] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period of time for which the attachment is valid"),
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


class CalendarEventRef(BaseModel):
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


class Note(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(
            description="Identifier of the note within its containing entity (may or may not be globally unique, depending on provider implementation)"
        ),
    ] = None
    author: Annotated[str | None, Field(description="Author of the note")] = None
    date: Annotated[AwareDatetime | None, Field(description="Date of the note")] = None
    text: Annotated[str | None, Field(description="Text of the note")] = None
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


class Place(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = None
    href: Annotated[str | None, Field(description="Unique reference of the place")] = None
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
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


class PlaceRef(BaseModel):
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


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[float | None, Field(description="Numeric value in a given unit")] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


class RelatedEntity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[str, Field(description="The role of an entity.")]
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


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
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


class RelatedPlaceRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = None
    href: Annotated[str | None, Field(description="Unique reference of the place")] = None
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    role: str
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


class SearchTimeSlot(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the search time slot request")] = None
    href: Annotated[str | None, Field(description="Reference to access the search time slot resource")] = None
    search_date: Annotated[
        AwareDatetime | None,
        Field(alias="searchDate", description="Date when the search time slot is performed"),
    ] = None
    search_result: Annotated[
        str | None,
        Field(
            alias="searchResult", description="Result of the search time slot (success or fail for example)"
        ),
    ] = None
    available_time_slot: Annotated[list[TimeSlot] | None, Field(alias="availableTimeSlot")] = None
    related_entity: Annotated[list[RelatedEntity] | None, Field(alias="relatedEntity")] = None
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="RelatedParty reference. A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    related_place: Annotated[
        RelatedPlaceRefOrValue | None,
        Field(
            alias="relatedPlace",
            description="Related place defines (by reference or value) the place where the appointment will take place.",
        ),
    ] = None
    requested_time_slot: Annotated[list[TimeSlot] | None, Field(alias="requestedTimeSlot")] = None
    status: SearchTimeSlotStateType | None = None
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


class SearchTimeSlotAttributeValueChangeEvent(BaseModel):
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
    event: Annotated[
        SearchTimeSlotAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class SearchTimeSlotAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    search_time_slot: Annotated[
        SearchTimeSlot | None,
        Field(alias="searchTimeSlot", description="The involved resource data for the event"),
    ] = None


class SearchTimeSlotCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    related_entity: Annotated[list[RelatedEntity] | None, Field(alias="relatedEntity")] = None
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="RelatedParty reference. A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    related_place: Annotated[
        RelatedPlaceRefOrValue | None,
        Field(
            alias="relatedPlace",
            description="Related place defines (by reference or value) the place where the appointment will take place.",
        ),
    ] = None
    requested_time_slot: Annotated[list[TimeSlot] | None, Field(alias="requestedTimeSlot")] = None
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


class SearchTimeSlotCreateEvent(BaseModel):
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
    event: Annotated[
        SearchTimeSlotCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class SearchTimeSlotCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    search_time_slot: Annotated[
        SearchTimeSlot | None,
        Field(alias="searchTimeSlot", description="The involved resource data for the event"),
    ] = None


class SearchTimeSlotDeleteEvent(BaseModel):
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
    event: Annotated[
        SearchTimeSlotDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class SearchTimeSlotDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    search_time_slot: Annotated[
        SearchTimeSlot | None,
        Field(alias="searchTimeSlot", description="The involved resource data for the event"),
    ] = None


class SearchTimeSlotStateChangeEvent(BaseModel):
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
    event: Annotated[
        SearchTimeSlotStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class SearchTimeSlotStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    search_time_slot: Annotated[
        SearchTimeSlot | None,
        Field(alias="searchTimeSlot", description="The involved resource data for the event"),
    ] = None


class SearchTimeSlotStateType(StrEnum):
    in_progress = "inProgress"
    done = "done"
    rejected = "rejected"
    terminated_with_error = "terminatedWithError"


class SearchTimeSlotUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    available_time_slot: Annotated[list[TimeSlot] | None, Field(alias="availableTimeSlot")] = None
    related_entity: Annotated[list[RelatedEntity] | None, Field(alias="relatedEntity")] = None
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="RelatedParty reference. A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    related_place: Annotated[
        RelatedPlaceRefOrValue | None,
        Field(
            alias="relatedPlace",
            description="Related place defines (by reference or value) the place where the appointment will take place.",
        ),
    ] = None
    requested_time_slot: Annotated[list[TimeSlot] | None, Field(alias="requestedTimeSlot")] = None
    status: SearchTimeSlotStateType | None = None
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


class TimeSlot(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the TimeSlot")] = None
    href: Annotated[str | None, Field(description="Reference of the TimeSlot")] = None
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="RelatedParty reference. A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod, Field(alias="validFor", description="Start date and end date of the timeSlot")
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
