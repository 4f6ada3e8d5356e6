# Generated from specs/tmf/TMF645-ServiceQualification-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class Addressable(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="unique identifier")] = None
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
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


class AlternateServiceProposal(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Identifier of a alternate service proposal")
    ] = None
    alternate_service_availability_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="alternateServiceAvailabilityDate",
            description="Alternate availability date in case seller is not able to meet requested expected availability date for the service",
        ),
    ] = None
    alternate_service: Annotated[
        ServiceRefOrValue | None, Field(alias="alternateService")
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


class AnyModel(RootModel[Any]):
    root: Any


class Characteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the characteristic")
    ] = None
    name: Annotated[str, Field(description="Name of the characteristic")]
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="Data type of the value of the characteristic",
        ),
    ] = None
    characteristic_relationship: Annotated[
        list[CharacteristicRelationship] | None,
        Field(alias="characteristicRelationship"),
    ] = None
    value: Annotated[AnyModel, Field(description="The value of the characteristic")]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None


class CharacteristicRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the characteristic")
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(alias="relationshipType", description="The type of relationship"),
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


class CheckServiceQualification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier of the serviceQualification resource"),
    ] = None
    href: Annotated[
        str | None, Field(description="Hyperlink to access the serviceQualification")
    ] = None
    check_service_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="checkServiceQualificationDate",
            description="Date when the serviceQualification was submitted",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to serviceQualification completion",
        ),
    ] = None
    estimated_response_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="estimatedResponseDate",
            description="Date when the requester expect to provide an answer for the qualification request.",
        ),
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification response expires",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description="When the value is TRUE means that alternative solutions should be provided",
        ),
    ] = False
    provide_unavailability_reason: Annotated[
        bool | None,
        Field(
            alias="provideUnavailabilityReason",
            description="When the value is TRUE means that unavailability reason are expected for non available service.",
        ),
    ] = False
    qualification_result: Annotated[
        str | None,
        Field(
            alias="qualificationResult",
            description="Qualification result for this serviceQualification. It could be:  qualified (all qualification item are qualified), alternate (At least one item alternate and no item with  unqualified), unqualified (At least one item unqualified)",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    service_qualification_item: Annotated[
        list[CheckServiceQualificationItem] | None,
        Field(
            alias="serviceQualificationItem",
            description="A list of service qualification items.",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(
            description="State of the serviceQualification (acknowledged, inProgress, terminatedWithError, done)"
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


class CheckServiceQualificationAttributeValueChangeEvent(BaseModel):
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
        str | None, Field(description="An explnatory of the event.")
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
        CheckServiceQualificationAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CheckServiceQualificationAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    check_service_qualification: Annotated[
        CheckServiceQualification | None,
        Field(
            alias="checkServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class CheckServiceQualificationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description="When the value is TRUE means that alternative solutions should be provided",
        ),
    ] = False
    provide_unavailability_reason: Annotated[
        bool | None,
        Field(
            alias="provideUnavailabilityReason",
            description="When the value is TRUE means that unavailability reason are expected for non available service.",
        ),
    ] = False
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    service_qualification_item: Annotated[
        list[CheckServiceQualificationItem],
        Field(
            alias="serviceQualificationItem",
            description="A list of service qualification items.",
            min_length=1,
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


class CheckServiceQualificationCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        CheckServiceQualificationCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
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
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class CheckServiceQualificationCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    check_service_qualification: Annotated[
        CheckServiceQualification | None,
        Field(
            alias="checkServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class CheckServiceQualificationDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        CheckServiceQualificationDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
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
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class CheckServiceQualificationDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    check_service_qualification: Annotated[
        CheckServiceQualification | None,
        Field(
            alias="checkServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class CheckServiceQualificationInformationRequiredEvent(BaseModel):
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
        str | None, Field(description="An explnatory of the event.")
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
        CheckServiceQualificationInformationRequiredEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CheckServiceQualificationInformationRequiredEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    check_service_qualification: Annotated[
        CheckServiceQualification | None,
        Field(
            alias="checkServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class CheckServiceQualificationItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Id of the Service Qualification Item")
    ] = None
    expected_activation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedActivationDate",
            description="The date when the service is expected to be activated",
        ),
    ] = None
    expected_service_availability_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedServiceAvailabilityDate",
            description="Date when the requester looks for service availability",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification item response expires",
        ),
    ] = None
    qualification_result: Annotated[
        str | None,
        Field(
            alias="qualificationResult",
            description="Qualification result for serviceQualification item. It could be: - qualified (request service are available), - unqualified (requested not available and not alternate available), - alternate (requested not available but proposal available)",
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(
            description="State of the serviceQualification item (acknowledged, inProgress, terminatedWithError, done)"
        ),
    ] = None
    alternate_service_proposal: Annotated[
        list[AlternateServiceProposal] | None,
        Field(
            alias="alternateServiceProposal",
            description="Alternate service proposal is used when the requested service is not available with characteristic and date asked for. An alternate proposal could be a distinct service Spec close to requested one or same as requested but with a different availability date.",
        ),
    ] = None
    category: Annotated[
        ServiceCategoryRef | None,
        Field(
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates."
        ),
    ] = None
    eligibility_unavailability_reason: Annotated[
        list[ServiceEligibilityUnavailabilityReason] | None,
        Field(
            alias="eligibilityUnavailabilityReason",
            description="A list of eligibility unavailability reasons (EligibilityUnavailabilityReason [*]). Reason for eligibility result if the serviceQualification result is no (meaning the service is not available).",
        ),
    ] = None
    qualification_item_relationship: Annotated[
        list[ServiceQualificationItemRelationship] | None,
        Field(
            alias="qualificationItemRelationship",
            description="A list of qualification item relationships used to describe relationship between serviceQualification item from the same serviceQualification.",
        ),
    ] = None
    qualification_relationship: Annotated[
        list[ServiceQualificationRelationship] | None,
        Field(
            alias="qualificationRelationship",
            description="Structure used to describe relationship between serviceQualification item from the same serviceQualification.",
        ),
    ] = None
    service: Annotated[
        ServiceRefOrValue | None,
        Field(
            description="Configure the service characteristics (only configurable characteristics and necessary only if a non default value is selected) and/or identify the service that needs to be modified/deleted."
        ),
    ] = None
    termination_error: Annotated[
        list[TerminationError] | None,
        Field(
            alias="terminationError",
            description="If qualificationItem has not been done properly this lists the error(s) that caused termination of the qualification.",
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


class CheckServiceQualificationStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        CheckServiceQualificationStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
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
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class CheckServiceQualificationStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    check_service_qualification: Annotated[
        CheckServiceQualification | None,
        Field(
            alias="checkServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class CheckServiceQualificationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to serviceQualification completion",
        ),
    ] = None
    estimated_response_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="estimatedResponseDate",
            description="Date when the requester expect to provide an answer for the qualification request.",
        ),
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification response expires",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description="When the value is TRUE means that alternative solutions should be provided",
        ),
    ] = False
    provide_unavailability_reason: Annotated[
        bool | None,
        Field(
            alias="provideUnavailabilityReason",
            description="When the value is TRUE means that unavailability reason are expected for non available service.",
        ),
    ] = False
    qualification_result: Annotated[
        str | None,
        Field(
            alias="qualificationResult",
            description="Qualification result for this serviceQualification. It could be:  qualified (all qualification item are qualified), alternate (At least one item alternate and no item with  unqualified), unqualified (At least one item unqualified)",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    service_qualification_item: Annotated[
        list[CheckServiceQualificationItem] | None,
        Field(
            alias="serviceQualificationItem",
            description="A list of service qualification items.",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(
            description="State of the serviceQualification (acknowledged, inProgress, terminatedWithError, done)"
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


class ConstraintRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="reference id to the target constraint")]
    href: Annotated[
        str | None, Field(description="Hyperlink reference to the target constraint")
    ] = None
    name: Annotated[str | None, Field(description="Name given to the constraint")] = (
        None
    )
    version: Annotated[str | None, Field(description="constraint version")] = None
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
            description="The (class) type of the referred constraint",
        ),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class EntityValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of a related entity.")
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
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


class Extensible(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None


class Feature(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the feature.")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="True if this is a feature group. Default is false.",
        ),
    ] = None
    is_enabled: Annotated[
        bool | None,
        Field(
            alias="isEnabled",
            description="True if this feature is enabled. Default is true.",
        ),
    ] = None
    name: Annotated[str, Field(description="This is the name for the feature.")]
    constraint: Annotated[
        list[ConstraintRef] | None,
        Field(description="This is a list of feature constraints."),
    ] = None
    feature_characteristic: Annotated[
        list[Characteristic],
        Field(
            alias="featureCharacteristic",
            description="This is a list of Characteristics for a particular feature.",
            min_length=1,
        ),
    ]
    feature_relationship: Annotated[
        list[FeatureRelationship] | None, Field(alias="featureRelationship")
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


class FeatureRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the target feature.")
    ] = None
    name: Annotated[str, Field(description="This is the name of the target feature.")]
    relationship_type: Annotated[
        str,
        Field(
            alias="relationshipType",
            description="This is the type of the feature relationship.",
        ),
    ]
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which this feature relationship is valid.",
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


class OrderItemActionType(StrEnum):
    add = "add"
    modify = "modify"
    delete = "delete"
    no_change = "noChange"


class Place(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
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


class PlaceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class QueryServiceQualification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier of the serviceQualification resource"),
    ] = None
    href: Annotated[
        str | None, Field(description="Hyperlink to access the serviceQualification")
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to serviceQualification completion",
        ),
    ] = None
    estimated_response_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="estimatedResponseDate",
            description="Date when the requester expect to provide an answer for the qualification request.",
        ),
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification response expires",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    query_service_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="queryServiceQualificationDate",
            description="Date when the serviceQualification was submitted",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    search_criteria: Annotated[
        ServiceQualificationItem | None,
        Field(
            alias="searchCriteria",
            description="Search structure to retrieve eligible service specification",
        ),
    ] = None
    service_qualification_item: Annotated[
        list[ServiceQualificationItem] | None,
        Field(
            alias="serviceQualificationItem",
            description="A list of service qualification items.",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(
            description="State of the serviceQualification (acknowledged, inProgress, terminatedWithError, done)"
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


class QueryServiceQualificationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    search_criteria: Annotated[
        ServiceQualificationItem,
        Field(
            alias="searchCriteria",
            description="Search structure to retrieve eligible service specification",
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


class QueryServiceQualificationCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        QueryServiceQualificationCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
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
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class QueryServiceQualificationCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    query_service_qualification: Annotated[
        QueryServiceQualification | None,
        Field(
            alias="queryServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class QueryServiceQualificationDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        QueryServiceQualificationDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
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
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class QueryServiceQualificationDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    query_service_qualification: Annotated[
        QueryServiceQualification | None,
        Field(
            alias="queryServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class QueryServiceQualificationStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        QueryServiceQualificationStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
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
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class QueryServiceQualificationStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    query_service_qualification: Annotated[
        QueryServiceQualification | None,
        Field(
            alias="queryServiceQualification",
            description="The involved resource data for the event",
        ),
    ] = None


class QueryServiceQualificationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to serviceQualification completion",
        ),
    ] = None
    estimated_response_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="estimatedResponseDate",
            description="Date when the requester expect to provide an answer for the qualification request.",
        ),
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification response expires",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    search_criteria: Annotated[
        ServiceQualificationItem | None,
        Field(
            alias="searchCriteria",
            description="Search structure to retrieve eligible service specification",
        ),
    ] = None
    service_qualification_item: Annotated[
        list[ServiceQualificationItem] | None,
        Field(
            alias="serviceQualificationItem",
            description="A list of service qualification items.",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(
            description="State of the serviceQualification (acknowledged, inProgress, terminatedWithError, done)"
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


class RelatedEntityRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of a related entity.")
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: str
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
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
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[
        str | None, Field(description="Role played by the related party")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
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
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    role: str
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class RelatedServiceOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    item_id: Annotated[
        str,
        Field(
            alias="itemId",
            description="Identifier of the order item where the service was managed",
        ),
    ]
    role: Annotated[
        str | None, Field(description="role of the service order item for this service")
    ] = None
    service_order_href: Annotated[
        str | None,
        Field(alias="serviceOrderHref", description="Reference of the related entity."),
    ] = None
    service_order_id: Annotated[
        str,
        Field(
            alias="serviceOrderId", description="Unique identifier of a related entity."
        ),
    ]
    item_action: Annotated[
        OrderItemActionType | None,
        Field(
            alias="itemAction", description="Action of the order item for this service"
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


class ResourceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Service(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the service")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the service")] = None
    category: Annotated[
        str | None,
        Field(description="Is it a customer facing or resource facing service"),
    ] = None
    description: Annotated[
        str | None, Field(description="Free-text description of the service")
    ] = None
    end_date: Annotated[
        AwareDatetime | None,
        Field(alias="endDate", description="Date when the service ends"),
    ] = None
    has_started: Annotated[
        bool | None,
        Field(
            alias="hasStarted",
            description="If TRUE, this Service has already been started",
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the service is a ServiceBundle which regroup a service hierachy. If false, the service is a 'atomic' service (hierachy leaf).",
        ),
    ] = None
    is_service_enabled: Annotated[
        bool | None,
        Field(
            alias="isServiceEnabled",
            description="If FALSE and hasStarted is FALSE, this particular Service has NOT been enabled for use - if FALSE and hasStarted is TRUE then the service has failed ",
        ),
    ] = None
    is_stateful: Annotated[
        bool | None,
        Field(
            alias="isStateful",
            description="If TRUE, this Service can be changed without affecting any other services",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the service")] = None
    service_date: Annotated[
        str | None,
        Field(
            alias="serviceDate",
            description="Date when the service was created (whatever its status).",
        ),
    ] = None
    service_type: Annotated[
        str | None,
        Field(alias="serviceType", description="Business type of the service"),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(alias="startDate", description="Date when the service starts"),
    ] = None
    start_mode: Annotated[
        str | None,
        Field(
            alias="startMode",
            description="This attribute is an enumerated integer that indicates how the Service is started, such as: 0: Unknown; 1: Automatically by the managed environment; 2: Automatically by the owning device; 3: Manually by the Provider of the Service; 4: Manually by a Customer of the Provider; 5: Any of the above",
        ),
    ] = None
    feature: Annotated[
        list[Feature] | None,
        Field(description="A list of feature associated with this service "),
    ] = None
    note: Annotated[
        list[Note] | None, Field(description="A list of notes made on this service")
    ] = None
    place: Annotated[
        list[RelatedPlaceRefOrValue] | None,
        Field(
            description="A list of places (Place [*]). Used to define a place useful for the service (for example a geographical place whre the service is installed)"
        ),
    ] = None
    related_entity: Annotated[
        list[RelatedEntityRefOrValue] | None,
        Field(
            alias="relatedEntity",
            description="A list of related  entity in relationship with this service ",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references (RelatedParty [*]). A related party defines party or party role linked to a specific entity",
        ),
    ] = None
    service_characteristic: Annotated[
        list[Characteristic] | None,
        Field(
            alias="serviceCharacteristic",
            description="A list of characteristics that characterize this service (ServiceCharacteristic [*]) ",
        ),
    ] = None
    service_order_item: Annotated[
        list[RelatedServiceOrderItem] | None,
        Field(
            alias="serviceOrderItem",
            description="A list of service order items related to this service",
        ),
    ] = None
    service_relationship: Annotated[
        list[ServiceRelationship] | None,
        Field(
            alias="serviceRelationship",
            description="A list of service relationships (ServiceRelationship [*]). Describes links with other service(s) in the inventory.",
        ),
    ] = None
    service_specification: Annotated[
        ServiceSpecificationRef | None,
        Field(
            alias="serviceSpecification",
            description="The specification from which this service was instantiated",
        ),
    ] = None
    state: Annotated[
        ServiceStateType | None,
        Field(
            description="The life cycle state of the service, such as designed, reserved, active, etc..."
        ),
    ] = None
    supporting_resource: Annotated[
        list[ResourceRef] | None,
        Field(
            alias="supportingResource",
            description="A list of supporting resources (SupportingResource [*]).Note: only Service of type RFS can be associated with Resources",
        ),
    ] = None
    supporting_service: Annotated[
        list[ServiceRefOrValue] | None,
        Field(
            alias="supportingService",
            description="A list of supporting services (SupportingService [*]). A collection of services that support this service (bundling, link CFS to RFS)",
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


class ServiceCategoryRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[str | None, Field(description="Category version")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceEligibilityUnavailabilityReason(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[str | None, Field(description="Unavailability reason code")] = None
    label: Annotated[str | None, Field(description="Unavailability reason label")] = (
        None
    )
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


class ServiceQualification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier of the serviceQualification resource"),
    ] = None
    href: Annotated[
        str | None, Field(description="Hyperlink to access the serviceQualification")
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the serviceQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to serviceQualification completion",
        ),
    ] = None
    estimated_response_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="estimatedResponseDate",
            description="Date when the requester expect to provide an answer for the qualification request.",
        ),
    ] = None
    expected_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQualificationDate",
            description="A date (DateTime). Deadline date when the requester expected a qualification answer.",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification response expires",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(alias="externalId", description="Identifier provided by the requester"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references, defines party or party role linked to this request.",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(
            description="State of the serviceQualification (acknowledged, inProgress, terminatedWithError, done)"
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


class ServiceQualificationItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Id of the Service Qualification Item")
    ] = None
    expected_activation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedActivationDate",
            description="The date when the service is expected to be activated",
        ),
    ] = None
    expected_service_availability_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedServiceAvailabilityDate",
            description="Date when the requester looks for service availability",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expirationDate",
            description="Date when the qualification item response expires",
        ),
    ] = None
    category: Annotated[
        ServiceCategoryRef | None,
        Field(
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates."
        ),
    ] = None
    service: Annotated[
        ServiceRefOrValue | None,
        Field(
            description="Configure the service characteristics (only configurable characteristics and necessary only if a non default value is selected) and/or identify the service that needs to be modified/deleted."
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


class ServiceQualificationItemRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(
            description="Id of the serviceQualificationItem (from the same serviceQualificationItem)."
        ),
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="Type of relationship (ex: reliesOn, connectedTo, etc...)",
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


class ServiceQualificationRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(
            description="The id of the target qualification pointed to by this relationship"
        ),
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(alias="relationshipType", description="The type of relationship"),
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


class ServiceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the service")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the service")] = None
    category: Annotated[
        str | None,
        Field(description="Is it a customer facing or resource facing service"),
    ] = None
    description: Annotated[
        str | None, Field(description="Free-text description of the service")
    ] = None
    end_date: Annotated[
        AwareDatetime | None,
        Field(alias="endDate", description="Date when the service ends"),
    ] = None
    has_started: Annotated[
        bool | None,
        Field(
            alias="hasStarted",
            description="If TRUE, this Service has already been started",
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the service is a ServiceBundle which regroup a service hierachy. If false, the service is a 'atomic' service (hierachy leaf).",
        ),
    ] = None
    is_service_enabled: Annotated[
        bool | None,
        Field(
            alias="isServiceEnabled",
            description="If FALSE and hasStarted is FALSE, this particular Service has NOT been enabled for use - if FALSE and hasStarted is TRUE then the service has failed ",
        ),
    ] = None
    is_stateful: Annotated[
        bool | None,
        Field(
            alias="isStateful",
            description="If TRUE, this Service can be changed without affecting any other services",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the service")] = None
    service_date: Annotated[
        str | None,
        Field(
            alias="serviceDate",
            description="Date when the service was created (whatever its status).",
        ),
    ] = None
    service_type: Annotated[
        str | None,
        Field(alias="serviceType", description="Business type of the service"),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(alias="startDate", description="Date when the service starts"),
    ] = None
    start_mode: Annotated[
        str | None,
        Field(
            alias="startMode",
            description="This attribute is an enumerated integer that indicates how the Service is started, such as: 0: Unknown; 1: Automatically by the managed environment; 2: Automatically by the owning device; 3: Manually by the Provider of the Service; 4: Manually by a Customer of the Provider; 5: Any of the above",
        ),
    ] = None
    feature: Annotated[
        list[Feature] | None,
        Field(description="A list of feature associated with this service "),
    ] = None
    note: Annotated[
        list[Note] | None, Field(description="A list of notes made on this service")
    ] = None
    place: Annotated[
        list[RelatedPlaceRefOrValue] | None,
        Field(
            description="A list of places (Place [*]). Used to define a place useful for the service (for example a geographical place whre the service is installed)"
        ),
    ] = None
    related_entity: Annotated[
        list[RelatedEntityRefOrValue] | None,
        Field(
            alias="relatedEntity",
            description="A list of related  entity in relationship with this service ",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A list of related party references (RelatedParty [*]). A related party defines party or party role linked to a specific entity",
        ),
    ] = None
    service_characteristic: Annotated[
        list[Characteristic] | None,
        Field(
            alias="serviceCharacteristic",
            description="A list of characteristics that characterize this service (ServiceCharacteristic [*]) ",
        ),
    ] = None
    service_order_item: Annotated[
        list[RelatedServiceOrderItem] | None,
        Field(
            alias="serviceOrderItem",
            description="A list of service order items related to this service",
        ),
    ] = None
    service_relationship: Annotated[
        list[ServiceRelationship] | None,
        Field(
            alias="serviceRelationship",
            description="A list of service relationships (ServiceRelationship [*]). Describes links with other service(s) in the inventory.",
        ),
    ] = None
    service_specification: Annotated[
        ServiceSpecificationRef | None,
        Field(
            alias="serviceSpecification",
            description="The specification from which this service was instantiated",
        ),
    ] = None
    state: Annotated[
        ServiceStateType | None,
        Field(
            description="The life cycle state of the service, such as designed, reserved, active, etc..."
        ),
    ] = None
    supporting_resource: Annotated[
        list[ResourceRef] | None,
        Field(
            alias="supportingResource",
            description="A list of supporting resources (SupportingResource [*]).Note: only Service of type RFS can be associated with Resources",
        ),
    ] = None
    supporting_service: Annotated[
        list[ServiceRefOrValue] | None,
        Field(
            alias="supportingService",
            description="A list of supporting services (SupportingService [*]). A collection of services that support this service (bundling, link CFS to RFS)",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    relationship_type: Annotated[str, Field(alias="relationshipType")]
    service: ServiceRefOrValue | None = None
    service_relationship_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="serviceRelationshipCharacteristic")
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


class ServiceSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[
        str | None, Field(description="Service specification version")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceStateType(StrEnum):
    feasibility_checked = "feasibilityChecked"
    designed = "designed"
    reserved = "reserved"
    inactive = "inactive"
    active = "active"
    terminated = "terminated"


class TaskStateType(StrEnum):
    accepted = "accepted"
    terminated_with_error = "terminatedWithError"
    in_progress = "inProgress"
    done = "done"


class TerminationError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the termination error")
    ] = None
    value: Annotated[
        str | None,
        Field(
            description="Text to describe the termination error - for example: Unable to proceed to qualification because incomplete information provided"
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
            examples=["1985-04-12T23:20:50.52Z"],
        ),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format",
            examples=["1985-04-12T23:20:50.52Z"],
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


AlternateServiceProposal.model_rebuild()
CheckServiceQualification.model_rebuild()
CheckServiceQualificationAttributeValueChangeEvent.model_rebuild()
CheckServiceQualificationCreate.model_rebuild()
CheckServiceQualificationCreateEvent.model_rebuild()
CheckServiceQualificationDeleteEvent.model_rebuild()
CheckServiceQualificationInformationRequiredEvent.model_rebuild()
CheckServiceQualificationItem.model_rebuild()
CheckServiceQualificationStateChangeEvent.model_rebuild()
CheckServiceQualificationUpdate.model_rebuild()
QueryServiceQualification.model_rebuild()
QueryServiceQualificationCreate.model_rebuild()
QueryServiceQualificationCreateEvent.model_rebuild()
QueryServiceQualificationDeleteEvent.model_rebuild()
QueryServiceQualificationStateChangeEvent.model_rebuild()
QueryServiceQualificationUpdate.model_rebuild()
Service.model_rebuild()
ServiceQualificationItem.model_rebuild()
ServiceRefOrValue.model_rebuild()
