"""Pydantic models of the CCAI Standards 0.2.0. Generated: do not edit."""

from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    AwareDatetime,
    StrictBool,
    StrictInt,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.2.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = None

class PartyRoleEnum(str, Enum):
    """
    The creative and professional roles the coalition's members work in.
    """
    writer = "writer"
    """
    Writes scripts, screenplays, books, articles or other text.
    """
    journalist = "journalist"
    """
    Reports and writes news or features.
    """
    newsletter_writer = "newsletter_writer"
    """
    Writes and publishes a newsletter.
    """
    actor = "actor"
    """
    Performs roles on screen or stage.
    """
    voice_actor = "voice_actor"
    """
    Performs with their voice, for animation, games, dubbing, audiobooks or advertising.
    """
    background_actor = "background_actor"
    """
    Appears in the background of scenes without a speaking role.
    """
    stunt_performer = "stunt_performer"
    """
    Performs stunts and physical action.
    """
    dancer = "dancer"
    """
    Performs dance or movement, including motion-capture performance.
    """
    singer = "singer"
    """
    Performs vocal music.
    """
    musician = "musician"
    """
    Plays or records music.
    """
    composer = "composer"
    """
    Writes music, including scores and songs.
    """
    director = "director"
    """
    Directs a film, series, game, play or other production.
    """
    producer = "producer"
    """
    Produces a film, series, album, podcast or other project.
    """
    crew_member = "crew_member"
    """
    Works on a production behind the camera or off stage, in any craft.
    """
    visual_effects_artist = "visual_effects_artist"
    """
    Creates visual effects, animation or computer graphics.
    """
    visual_artist = "visual_artist"
    """
    Makes illustrations, paintings, designs or other visual art.
    """
    photographer = "photographer"
    """
    Takes photographs.
    """
    video_creator = "video_creator"
    """
    Makes videos for online platforms, for example a YouTuber.
    """
    podcaster = "podcaster"
    """
    Makes and hosts podcasts.
    """
    game_developer = "game_developer"
    """
    Designs or builds video games.
    """
    rights_holder = "rights_holder"
    """
    Owns or controls rights in works without necessarily having created them.
    """
    technologist = "technologist"
    """
    Builds or operates technology, including AI systems.
    """


class OrganizationKindEnum(str, Enum):
    """
    Kinds of organisation that create, commission, license, represent or use creative work.
    """
    film_and_television_studios = "studio"
    """
    A film or television studio.
    """
    production_companies = "production_company"
    """
    A company that produces films, series, advertisements or other productions.
    """
    visual_effects_and_post_production_companies = "visual_effects_studio"
    """
    A company that makes visual effects, animation or post-production.
    """
    broadcasters = "broadcaster"
    """
    A television or radio broadcaster.
    """
    streaming_services = "streaming_service"
    """
    A service that streams films, series, music or podcasts.
    """
    record_labels = "record_label"
    """
    A company that releases sound recordings.
    """
    music_publishers = "music_publisher"
    """
    A company that manages rights in musical compositions.
    """
    book_and_audiobook_publishers = "book_publisher"
    """
    A company that publishes books or audiobooks.
    """
    news_and_newsletter_publishers = "news_publisher"
    """
    A publisher of news, magazines or newsletters.
    """
    video_game_studios = "game_studio"
    """
    A company that develops or publishes video games.
    """
    advertisers_and_agencies = "advertiser"
    """
    A brand or advertising agency that commissions advertisements.
    """
    AI_developers = "ai_developer"
    """
    A company or lab that trains, fine-tunes or provides AI models.
    """
    online_platforms = "online_platform"
    """
    A platform that hosts content uploaded by users, such as a video, audio or social site.
    """
    guilds_and_unions = "guild_or_union"
    """
    A guild or trade union that represents creative workers, such as SAG-AFTRA or the WGA.
    """
    talent_agencies_and_managers = "talent_agency"
    """
    An agency or management company that represents creators and performers.
    """
    collecting_societies = "collective_management_organization"
    """
    A collecting society that licenses works and distributes payments on behalf of many rights holders.
    """
    law_firms = "law_firm"
    """
    A firm of lawyers that advises or represents parties.
    """
    universities_archives_and_research_bodies = "research_institution"
    """
    A university, archive or research body.
    """
    other_organisations = "other"
    """
    Any other kind of organisation; describe it in the description.
    """


class WorkKindEnum(str, Enum):
    """
    The kinds of creative work the coalition's members make.
    """
    script = "script"
    """
    A script for a play, broadcast, podcast, game or video.
    """
    screenplay = "screenplay"
    """
    A screenplay or teleplay for a film or television.
    """
    book = "book"
    """
    A book, in print or electronic form.
    """
    article = "article"
    """
    An article, essay or story published in print or online.
    """
    newsletter_post = "newsletter_post"
    """
    One issue or post of a newsletter.
    """
    performance = "performance"
    """
    A recorded performance by an actor, dancer, singer or other performer.
    """
    voice_recording = "voice_recording"
    """
    A recording of a person's voice, such as voice-over, dubbing or an audiobook narration.
    """
    musical_composition = "musical_composition"
    """
    A piece of music as written, with or without lyrics.
    """
    sound_recording = "sound_recording"
    """
    A recording of music or other sound.
    """
    image = "image"
    """
    A still image, such as artwork, a design or a frame.
    """
    photograph = "photograph"
    """
    A photograph.
    """
    illustration = "illustration"
    """
    A drawing, painting or illustration.
    """
    video = "video"
    """
    A video, such as an online video, clip or music video.
    """
    film = "film"
    """
    A feature or short film.
    """
    television_episode = "television_episode"
    """
    An episode of a television or streaming series.
    """
    game = "game"
    """
    A video game as a whole.
    """
    game_asset = "game_asset"
    """
    A part of a game, such as a character model, texture, animation or line of dialogue.
    """
    motion_capture = "motion_capture"
    """
    Recorded body or facial movement of a performer.
    """
    podcast_episode = "podcast_episode"
    """
    One episode of a podcast.
    """
    series = "series"
    """
    A series of works, such as a podcast, a television series or a channel.
    """
    catalogue = "catalogue"
    """
    A creator's or rights holder's collection of works, treated as one.
    """
    other = "other"
    """
    Any other kind of work; describe it in the description.
    """


class ProjectKindEnum(str, Enum):
    """
    The kinds of project that creative work or consent can be given for.
    """
    feature_film = "feature_film"
    """
    A film made for cinema or streaming release.
    """
    television_series = "television_series"
    """
    A series for television or streaming.
    """
    video_game = "video_game"
    """
    A video game or interactive experience.
    """
    advertisement = "advertisement"
    """
    An advertisement or advertising campaign.
    """
    music_release = "music_release"
    """
    A single, album or other music release.
    """
    podcast = "podcast"
    """
    A podcast.
    """
    audiobook = "audiobook"
    """
    An audiobook.
    """
    publication = "publication"
    """
    A book, periodical, newsletter or other publication.
    """
    online_video = "online_video"
    """
    Video made for online platforms.
    """
    live_event = "live_event"
    """
    A live performance, show or event.
    """
    ai_model_development = "ai_model_development"
    """
    The training, fine-tuning or evaluation of an AI model.
    """
    other = "other"
    """
    Any other kind of project; describe it in the description.
    """


class PersonaAttributeEnum(str, Enum):
    """
    The protected attributes of a person: the parts of their identity that an AI system can imitate and that they control.
    """
    voice = "voice"
    """
    The sound of the person's voice, speaking or singing, including simulations of it.
    """
    visual_likeness = "visual_likeness"
    """
    The person's face and appearance, in images or video.
    """
    body_and_movement = "body_and_movement"
    """
    The person's body, gestures, gait and the way they move, including motion-capture data.
    """
    name = "name"
    """
    The person's name, stage name or signature used to identify them.
    """
    signature_style = "signature_style"
    """
    A distinctive creative style strongly identified with the person, such as a writing voice, a visual style or a performance manner.
    """


class AiUseEnum(str, Enum):
    """
    The ways an AI system can use a work or a person's persona. Consent is read narrowly: it covers only the uses it names. Reservations are read broadly: refusing a use also refuses every narrower use listed under it.
    """
    data_mining = "data_mining"
    """
    Automated analysis of the work to extract patterns, trends or correlations (text and data mining), including every kind of AI training.
    """
    ai_training = "ai_training"
    """
    Using the work to train or fine-tune any AI or machine-learning model.
    """
    generative_ai_training = "generative_ai_training"
    """
    Using the work to train a model that generates text, images, audio, video or other content.
    """
    fine_tuning = "fine_tuning"
    """
    Adapting an already trained model to a narrower task or style using the work.
    """
    evaluation = "evaluation"
    """
    Using the work to test, benchmark or evaluate a model without training it.
    """
    ai_inference = "ai_inference"
    """
    Giving the work to a model while it runs, for example as a prompt, a reference or a retrieved document (retrieval-augmented generation).
    """
    search_indexing = "search_indexing"
    """
    Indexing the work so that a search engine can find and link to it.
    """
    replica_creation = "replica_creation"
    """
    Creating a digital replica of a person's voice, likeness or movement.
    """
    replica_use = "replica_use"
    """
    Using an existing digital replica of a person to make new material.
    """
    voice_cloning = "voice_cloning"
    """
    Synthesising new speech or singing in a specific person's voice.
    """
    style_imitation = "style_imitation"
    """
    Prompting or steering a model to produce output that imitates a specific creator's signature style.
    """


class DigitalSourceTypeEnum(str, Enum):
    """
    How a piece of media was made, from the IPTC Digital Source Type vocabulary. C2PA and schema.org use the same terms.
    """
    digital_capture = "digital_capture"
    """
    Captured from the real world with a digital camera or recorder.
    """
    computational_capture = "computational_capture"
    """
    Captured from the real world with computational processing, such as a smartphone's multi-frame photo.
    """
    negative_film = "negative_film"
    """
    Digitised from a film negative.
    """
    positive_film = "positive_film"
    """
    Digitised from a positive film or slide.
    """
    print = "print"
    """
    Digitised from a print or other non-transparent medium.
    """
    screen_capture = "screen_capture"
    """
    A screenshot or screen recording.
    """
    human_edits = "human_edits"
    """
    Captured media edited by a person with non-generative tools.
    """
    digital_creation = "digital_creation"
    """
    Made by a person with digital tools, without capturing the real world.
    """
    algorithmically_enhanced = "algorithmically_enhanced"
    """
    Captured media improved by algorithms, such as noise reduction, without changing what it shows.
    """
    data_driven_media = "data_driven_media"
    """
    Made by an algorithm from data, such as a chart or a simulation.
    """
    algorithmic_media = "algorithmic_media"
    """
    Made purely by an algorithm that was not trained on example data.
    """
    trained_algorithmic_media = "trained_algorithmic_media"
    """
    Made by generative AI (a model trained on example data).
    """
    composite_with_trained_algorithmic_media = "composite_with_trained_algorithmic_media"
    """
    Media edited or extended with generative AI, such as an inpainted photo.
    """
    composite_synthetic = "composite_synthetic"
    """
    A composite that includes synthetic elements.
    """
    composite = "composite"
    """
    A composite of several elements of any origin.
    """
    composite_capture = "composite_capture"
    """
    A composite of several captured elements.
    """
    virtual_recording = "virtual_recording"
    """
    A recording of a virtual event, such as a game session or a virtual-reality scene.
    """
    trained_algorithmic_data = "trained_algorithmic_data"
    """
    Data, not media, produced by a model trained on sampled content, such as a table or a file of numbers (a C2PA term, C2PA 2.2 section 18.14.4.5).
    """
    empty = "empty"
    """
    Media with no content, such as a blank canvas or a zero-length video, when it was created (a C2PA term, C2PA 2.2 section 18.14.4.5).
    """


class GrantorCapacityEnum(str, Enum):
    """
    The capacities in which someone can give consent.
    """
    subject = "subject"
    """
    The subject gives consent for themself.
    """
    estate = "estate"
    """
    The estate of a deceased subject gives consent.
    """
    authorised_representative = "authorised_representative"
    """
    Someone the subject or their estate has authorised, such as an agent or attorney, gives consent.
    """
    union = "union"
    """
    The subject's union gives consent, for example for a deceased performer with no estate or representative who can be found.
    """
    parent_or_guardian = "parent_or_guardian"
    """
    A parent or legal guardian gives consent for a subject who is a minor.
    """
    rights_holder = "rights_holder"
    """
    The owner of the rights in a work, such as a publisher or label, gives consent for the work.
    """


class ConsentMethodEnum(str, Enum):
    """
    The forms in which consent can be given.
    """
    signed_written_agreement = "signed_written_agreement"
    """
    A written agreement signed by hand.
    """
    electronic_signature = "electronic_signature"
    """
    A written agreement signed electronically.
    """
    online_form = "online_form"
    """
    A form or checkbox completed online, without a signature.
    """
    recorded_verbal = "recorded_verbal"
    """
    Consent given aloud and recorded.
    """


class ConsentStatusEnum(str, Enum):
    """
    The states of a consent over its life, with their meanings in the W3C Data Privacy Vocabulary (DPV).
    """
    requested = "requested"
    """
    Consent has been asked for and no answer has been given yet.
    """
    given = "given"
    """
    Consent has been given and is in force.
    """
    renewed = "renewed"
    """
    Consent has been given again, renewing an earlier consent, and is in force.
    """
    refused = "refused"
    """
    Consent was asked for and refused.
    """
    withdrawn = "withdrawn"
    """
    The person who gave consent has taken it back.
    """
    revoked = "revoked"
    """
    Someone other than the person who gave consent, such as a guardian or a court, has ended it.
    """
    expired = "expired"
    """
    The period of the consent has ended.
    """
    invalidated = "invalidated"
    """
    The consent was found not to be valid, for example because it was not properly informed.
    """
    unknown = "unknown"
    """
    The state of the consent is not known.
    """


class MediaEnum(str, Enum):
    """
    The media a use can be limited to.
    """
    film = "film"
    """
    Films released in cinemas or on home video.
    """
    television = "television"
    """
    Broadcast and cable television.
    """
    streaming = "streaming"
    """
    On-demand streaming services.
    """
    video_games = "video_games"
    """
    Video games and interactive media.
    """
    advertising = "advertising"
    """
    Advertisements in any medium.
    """
    music = "music"
    """
    Music releases and music streaming.
    """
    podcasts = "podcasts"
    """
    Podcasts and other spoken-word audio.
    """
    audiobooks = "audiobooks"
    """
    Audiobooks.
    """
    publishing = "publishing"
    """
    Books, newspapers, magazines and newsletters.
    """
    radio = "radio"
    """
    Radio broadcasts.
    """
    social_media = "social_media"
    """
    Social media and online video platforms.
    """
    live_events = "live_events"
    """
    Live performances and events.
    """
    ai_products = "ai_products"
    """
    AI models, assistants and generation services offered to others.
    """


class RemedyActionEnum(str, Enum):
    """
    What a user of a work or persona can be required to do when consent ends or an opt-out is made.
    """
    stop_new_uses = "stop_new_uses"
    """
    Make no new use of the work or persona from the effective date.
    """
    exclude_from_future_training = "exclude_from_future_training"
    """
    Leave the work out of every model trained or fine-tuned from now on.
    """
    remove_from_datasets = "remove_from_datasets"
    """
    Remove the work from the user's datasets and manifests.
    """
    delete_copies = "delete_copies"
    """
    Delete stored copies of the work.
    """
    retrain_or_unlearn = "retrain_or_unlearn"
    """
    Retrain existing models without the work, or apply machine unlearning.
    """
    filter_outputs = "filter_outputs"
    """
    Stop models from producing output that reproduces or imitates the work or persona.
    """
    delete_replica = "delete_replica"
    """
    Delete the digital replica of the person and the data used to make it.
    """
    withdraw_published_outputs = "withdraw_published_outputs"
    """
    Take down published material that uses the work or persona, where the agreement allows.
    """


class PermissionEnum(str, Enum):
    """
    Whether a use is allowed, using the values of the CAWG training-and-data-mining assertion.
    """
    allowed = "allowed"
    """
    The use is allowed.
    """
    not_allowed = "not_allowed"
    """
    The use is not allowed; it is reserved by the rights holder.
    """
    constrained = "constrained"
    """
    The use is allowed only under the condition given, for example with a licence.
    """


class OptOutMechanismEnum(str, Enum):
    """
    The machine-readable ways in which a rights holder can say whether AI may use their work.
    """
    tdmrep = "tdmrep"
    """
    The W3C TDM Reservation Protocol: a /.well-known/tdmrep.json file, tdm-reservation HTTP headers or HTML meta tags.
    """
    cawg_training_mining = "cawg_training_mining"
    """
    The CAWG training-and-data-mining assertion (cawg.training-mining, formerly c2pa.training-mining) inside a C2PA manifest embedded in or linked from the file.
    """
    iptc_plus_data_mining = "iptc_plus_data_mining"
    """
    The IPTC/PLUS plus:DataMining property embedded in the file's XMP metadata.
    """
    aipref_content_usage = "aipref_content_usage"
    """
    The IETF AIPREF Content-Usage HTTP header.
    """
    robots_txt = "robots_txt"
    """
    Rules in robots.txt, including user-agent blocks for AI crawlers and AIPREF Content-Usage lines.
    """
    content_signals = "content_signals"
    """
    Content signals (Content-Signal lines in robots.txt: search, ai-input and ai-train, each yes or no), as in the Content Signals Policy.
    """
    rsl_licence = "rsl_licence"
    """
    A Really Simple Licensing (RSL 1.0) licence document, found through robots.txt License lines, an HTTP Link header or an HTML link.
    """
    ccai_usage_preference = "ccai_usage_preference"
    """
    A CCAI usage preference record.
    """
    direct_request = "direct_request"
    """
    A request sent directly to the organisation, such as a CCAI opt-out request.
    """
    platform_setting = "platform_setting"
    """
    A setting offered by a platform to its users, such as an account-level AI training switch.
    """


class RequestStatusEnum(str, Enum):
    """
    Where an opt-out request, report or takedown request stands.
    """
    received = "received"
    """
    The request has arrived and nothing has been done yet.
    """
    acknowledged = "acknowledged"
    """
    The organisation has confirmed it received the request.
    """
    in_progress = "in_progress"
    """
    The organisation is acting on the request.
    """
    completed = "completed"
    """
    The organisation has done everything that was asked.
    """
    partially_completed = "partially_completed"
    """
    The organisation has done part of what was asked; the outcome says what and why.
    """
    rejected = "rejected"
    """
    The organisation has refused the request; the outcome gives the reason.
    """
    withdrawn = "withdrawn"
    """
    The requester has withdrawn the request.
    """


class CompensationModelEnum(str, Enum):
    """
    The ways a payment for AI use can be worked out.
    """
    flat_fee = "flat_fee"
    """
    A single fixed payment.
    """
    per_use = "per_use"
    """
    A fixed payment for each use, such as each generation or each broadcast.
    """
    per_project = "per_project"
    """
    A fixed payment for each project the work or replica is used in.
    """
    revenue_share = "revenue_share"
    """
    A percentage of the revenue earned from the use.
    """
    royalty = "royalty"
    """
    A percentage or amount paid on each sale or licence of the result.
    """
    residual = "residual"
    """
    A payment for reuse or re-broadcast under a collective agreement.
    """
    collective_licence_pool = "collective_licence_pool"
    """
    A share of a pool paid by the user to a collecting society or fund and distributed to creators.
    """


class CompensationTriggerEnum(str, Enum):
    """
    The events that can make a payment due.
    """
    on_signing = "on_signing"
    """
    When the consent or licence is signed.
    """
    on_replica_creation = "on_replica_creation"
    """
    When a digital replica of the person is created.
    """
    per_use = "per_use"
    """
    Each time the work or replica is used.
    """
    per_training_run = "per_training_run"
    """
    Each time a model is trained or fine-tuned on the work.
    """
    per_generated_output = "per_generated_output"
    """
    Each time the AI system produces output that uses the work or persona.
    """
    on_release = "on_release"
    """
    When the project using the work is released or published.
    """
    periodic = "periodic"
    """
    At regular intervals, as set out in the reporting frequency.
    """


class ReportingFrequencyEnum(str, Enum):
    """
    How often usage must be reported to the creator.
    """
    per_use = "per_use"
    """
    A report for every use.
    """
    monthly = "monthly"
    """
    Once a month.
    """
    quarterly = "quarterly"
    """
    Once every three months.
    """
    semi_annually = "semi_annually"
    """
    Twice a year.
    """
    annually = "annually"
    """
    Once a year.
    """


class ModalityEnum(str, Enum):
    """
    The kinds of data a model can be trained on.
    """
    text = "text"
    """
    Written text, including scripts, books and articles.
    """
    image = "image"
    """
    Still images.
    """
    audio = "audio"
    """
    Sound, including speech and music.
    """
    video = "video"
    """
    Moving images, with or without sound.
    """
    motion = "motion"
    """
    Recorded body or facial movement, such as motion-capture data.
    """
    other = "other"
    """
    Any other kind of data.
    """


class TrainingDataSourceCategoryEnum(str, Enum):
    """
    The categories of training-data source in section 2 of the EU AI Act training-content summary template.
    """
    public_datasets = "public_datasets"
    """
    Publicly available datasets compiled by others.
    """
    licensed_from_rights_holders = "licensed_from_rights_holders"
    """
    Private data licensed from rights holders under commercial agreements.
    """
    other_private_data = "other_private_data"
    """
    Other private data obtained from third parties.
    """
    web_crawled = "web_crawled"
    """
    Data collected from the web by crawlers run by or for the provider.
    """
    user_data = "user_data"
    """
    Data from users of the provider's own products and services.
    """
    synthetic_data = "synthetic_data"
    """
    Data generated by AI models.
    """
    other_sources = "other_sources"
    """
    Any other source.
    """


class DatasetTypeEnum(str, Enum):
    """
    The kinds of data in a dataset, from the SPDX 3 Dataset profile.
    """
    audio = "audio"
    """
    Sound recordings.
    """
    image = "image"
    """
    Still images.
    """
    video = "video"
    """
    Moving images.
    """
    text = "text"
    """
    Written text.
    """
    structured = "structured"
    """
    Tables and other structured records.
    """
    sensor = "sensor"
    """
    Readings from sensors, including motion capture.
    """
    other = "other"
    """
    Any other kind of data.
    """


class DatasetAvailabilityEnum(str, Enum):
    """
    How a dataset can be obtained, from the SPDX 3 Dataset profile.
    """
    direct_download = "direct_download"
    """
    Anyone can download it directly.
    """
    clickthrough = "clickthrough"
    """
    It can be downloaded after accepting terms.
    """
    registration = "registration"
    """
    It can be obtained after registering.
    """
    query = "query"
    """
    It can only be queried, not downloaded.
    """
    scraping_script = "scraping_script"
    """
    It is rebuilt by running a script that collects the data.
    """
    not_available = "not_available"
    """
    It is not available to others.
    """


class PresenceEnum(str, Enum):
    """
    Whether something is present, as in SPDX 3's presence values (yes, no, no assertion).
    """
    present = "present"
    """
    It is present.
    """
    absent = "absent"
    """
    It is not present.
    """
    no_assertion = "no_assertion"
    """
    Nothing is said either way.
    """


class UseBasisEnum(str, Enum):
    """
    The legal bases on which a work can be used in a dataset.
    """
    consent = "consent"
    """
    The rights holder or subject consented; the entry must cite the consent records.
    """
    licence = "licence"
    """
    The work is used under a licence, such as a commercial or open licence.
    """
    collective_licence = "collective_licence"
    """
    The work is used under a licence from a collecting society.
    """
    public_domain = "public_domain"
    """
    The work is in the public domain.
    """
    own_work = "own_work"
    """
    The work belongs to the user, for example it was made by its employees.
    """


class AssessmentStatusEnum(str, Enum):
    """
    Where a workforce impact assessment stands.
    """
    draft = "draft"
    """
    Being written; not yet shared with workers or their representatives.
    """
    in_consultation = "in_consultation"
    """
    Shared with guilds, unions or worker representatives, who are being consulted.
    """
    final = "final"
    """
    Consultation has ended and the assessment is complete.
    """
    superseded = "superseded"
    """
    Replaced by a newer assessment.
    """


class DepartmentEnum(str, Enum):
    """
    The departments of a production or creative company.
    """
    writing = "writing"
    """
    Writers' room, story and script.
    """
    performance = "performance"
    """
    Actors, voice actors, stunt performers, dancers and background actors.
    """
    directing = "directing"
    """
    Directors and their assistants.
    """
    production = "production"
    """
    Producers, production office and coordination.
    """
    camera_and_lighting = "camera_and_lighting"
    """
    Camera, grip and electric.
    """
    sound = "sound"
    """
    Sound recording, design and mixing.
    """
    art_and_design = "art_and_design"
    """
    Art department, concept art, storyboards and set design.
    """
    costume_hair_and_makeup = "costume_hair_and_makeup"
    """
    Costume, hair and make-up.
    """
    editing = "editing"
    """
    Picture editing.
    """
    visual_effects_and_animation = "visual_effects_and_animation"
    """
    Visual effects, animation and computer graphics.
    """
    music = "music"
    """
    Composers, musicians and music supervision.
    """
    localisation = "localisation"
    """
    Dubbing, subtitling and translation.
    """
    marketing = "marketing"
    """
    Marketing, trailers and publicity.
    """
    editorial = "editorial"
    """
    Newsroom and editorial staff of a publisher.
    """
    technology = "technology"
    """
    Engineering and technical operations.
    """
    other = "other"
    """
    Any other department; name it in the role title.
    """


class WorkChangeEnum(str, Enum):
    """
    How the work in a role can change when AI is deployed.
    """
    no_change = "no_change"
    """
    The work stays as it is.
    """
    tasks_augmented = "tasks_augmented"
    """
    People keep their work and use the AI system as a tool for some of it.
    """
    tasks_reduced = "tasks_reduced"
    """
    Some tasks move to the AI system; the role continues with fewer tasks.
    """
    hours_reduced = "hours_reduced"
    """
    Fewer hours of work are offered in the role.
    """
    role_redesigned = "role_redesigned"
    """
    The role becomes substantially different work.
    """
    role_eliminated = "role_eliminated"
    """
    The role is expected to disappear.
    """
    role_created = "role_created"
    """
    A new role is created, for example to supervise or correct the AI system.
    """


class ConsultationOutcomeEnum(str, Enum):
    """
    How a consultation with workers' representatives ended.
    """
    ongoing = "ongoing"
    """
    The consultation has not ended yet.
    """
    agreement_reached = "agreement_reached"
    """
    The parties agreed on the deployment and the measures.
    """
    concerns_recorded = "concerns_recorded"
    """
    The representatives raised concerns that are recorded in the summary; no formal agreement.
    """
    objection = "objection"
    """
    The representatives objected to the deployment.
    """


class TransitionMeasureKindEnum(str, Enum):
    """
    The kinds of measure offered to workers whose work changes.
    """
    reskilling = "reskilling"
    """
    Training for different work.
    """
    upskilling = "upskilling"
    """
    Training to do the same work with new tools.
    """
    redeployment = "redeployment"
    """
    A different job in the same company or production.
    """
    severance = "severance"
    """
    A payment for a job that ends.
    """
    extended_notice = "extended_notice"
    """
    More notice than the law or contract requires.
    """
    income_support = "income_support"
    """
    Payments that make up for lost hours or income for a period.
    """
    career_services = "career_services"
    """
    Help finding new work, such as placement or counselling.
    """
    other = "other"
    """
    Any other measure; describe it.
    """


class ReplicaStatusEnum(str, Enum):
    """
    The life of a digital replica.
    """
    planned = "planned"
    """
    Authorised but not yet made.
    """
    created = "created"
    """
    Made and available for authorised use.
    """
    deleted = "deleted"
    """
    Deleted, together with the data used to make it.
    """


class ReplicaKindEnum(str, Enum):
    """
    The kinds of digital replica in the SAG-AFTRA 2023 TV/Theatrical agreement.
    """
    employment_based = "employment_based"
    """
    Made with the performer's participation while they were employed on a production, for use in it.
    """
    independently_created = "independently_created"
    """
    Made from existing material (recordings, images) without the performer taking part.
    """
    background_actor = "background_actor"
    """
    A replica of a background actor, made while they were employed.
    """


class SubjectStatusEnum(str, Enum):
    """
    Whether a person is living or deceased.
    """
    living = "living"
    """
    The person is alive; they give or refuse consent themselves (or a guardian does for a minor).
    """
    deceased = "deceased"
    """
    The person has died; their estate, an authorised representative or the union gives or refuses consent.
    """


class RecognisabilityEnum(str, Enum):
    """
    How readily people would identify a real, specific person.
    """
    readily_identifiable = "readily_identifiable"
    """
    People would readily identify the person, as the NO FAKES Act and SAG-AFTRA define a replica.
    """
    objectively_identifiable = "objectively_identifiable"
    """
    The person can be objectively identified, for example by their voice or a distinctive feature, even if not everyone would recognise them (the SAG-AFTRA Interactive Media test).
    """
    not_identifiable = "not_identifiable"
    """
    No real, specific person can be identified; this is what makes a performer synthetic.
    """


class SuspensionReasonEnum(str, Enum):
    """
    Why an authorisation can be suspended.
    """
    strike = "strike"
    """
    The performer's union is on strike; no new material may be made with the replica.
    """
    dispute = "dispute"
    """
    The terms are disputed and use is paused until the dispute is settled.
    """
    subject_request = "subject_request"
    """
    The performer or their representative asked for a pause.
    """


class AlterationExemptionEnum(str, Enum):
    """
    Digital alterations that need no separate consent under the SAG-AFTRA 2023 agreement, and not_exempt for those that do.
    """
    cosmetic = "cosmetic"
    """
    Cosmetic changes such as make-up, hair or blemish removal.
    """
    wardrobe = "wardrobe"
    """
    Changes to costume or wardrobe.
    """
    noise_reduction = "noise_reduction"
    """
    Removing noise or improving the quality of the recording.
    """
    timing_and_continuity = "timing_and_continuity"
    """
    Changes of timing, speed or continuity.
    """
    pitch_and_tone = "pitch_and_tone"
    """
    Adjusting pitch, tone or volume.
    """
    visual_or_sound_effects = "visual_or_sound_effects"
    """
    Adding visual or sound effects that do not change the performance.
    """
    ratings_and_clearance = "ratings_and_clearance"
    """
    Changes to meet ratings, broadcast standards or legal clearance.
    """
    dialogue_adjustment = "dialogue_adjustment"
    """
    Small changes to dialogue consistent with the script, such as syncing or replacing a word for clarity.
    """
    not_exempt = "not_exempt"
    """
    None of the exemptions applies; the performer's consent is needed.
    """


class LabelPlacementEnum(str, Enum):
    """
    Where a label on synthetic media is shown.
    """
    on_screen = "on_screen"
    """
    Visible in the picture or on the page, next to the media.
    """
    audio_announcement = "audio_announcement"
    """
    Spoken in the audio.
    """
    caption_or_description = "caption_or_description"
    """
    In the caption, description or credits.
    """
    player_or_platform_badge = "player_or_platform_badge"
    """
    A badge or notice shown by the player or platform.
    """


class MarkingMechanismEnum(str, Enum):
    """
    Machine-readable ways of marking media as synthetic.
    """
    c2pa_manifest = "c2pa_manifest"
    """
    A C2PA manifest whose actions carry the IPTC digital source type.
    """
    iptc_metadata = "iptc_metadata"
    """
    The IPTC Iptc4xmpExt:DigitalSourceType property in the file's XMP metadata.
    """
    invisible_watermark = "invisible_watermark"
    """
    A watermark embedded in the pixels or audio samples.
    """
    fingerprint_registry = "fingerprint_registry"
    """
    A fingerprint of the media registered with a lookup service.
    """


class ProductionStageEnum(str, Enum):
    """
    The stages of making a production or piece of content.
    """
    development = "development"
    """
    Research, ideas and pitching.
    """
    writing = "writing"
    """
    Writing the script, story or text.
    """
    pre_production = "pre_production"
    """
    Storyboards, concept art, casting, planning.
    """
    performance = "performance"
    """
    Performances, including voices and replicas.
    """
    visual_effects = "visual_effects"
    """
    Visual effects and animation.
    """
    sound_and_music = "sound_and_music"
    """
    Sound design, voices in post-production and music.
    """
    editing = "editing"
    """
    Picture and content editing.
    """
    localisation = "localisation"
    """
    Dubbing, subtitles and translation.
    """
    marketing = "marketing"
    """
    Trailers, posters, advertising and publicity.
    """


class MisuseKindEnum(str, Enum):
    """
    Kinds of AI misuse of a person's identity or work.
    """
    voice_clone = "voice_clone"
    """
    Speech or singing generated in the person's voice without permission.
    """
    visual_deepfake = "visual_deepfake"
    """
    Images or video showing the person saying or doing something they did not.
    """
    sexual_deepfake = "sexual_deepfake"
    """
    Sexual or intimate synthetic images or video of the person.
    """
    impersonation = "impersonation"
    """
    Content or an account pretending to be the person, for example a fake endorsement.
    """
    unauthorised_replica_use = "unauthorised_replica_use"
    """
    A digital replica used beyond or without an authorisation.
    """
    style_imitation = "style_imitation"
    """
    Output that imitates the creator's signature style and is passed off as theirs.
    """
    unauthorised_training = "unauthorised_training"
    """
    The creator's work used to train a model despite their reservation or without consent.
    """


class TakedownBasisEnum(str, Enum):
    """
    Grounds on which removal of content can be requested.
    """
    no_consent_to_replica = "no_consent_to_replica"
    """
    A digital replica made or used without the person's consent (for example under the NO FAKES Act or state law).
    """
    right_of_publicity = "right_of_publicity"
    """
    Use of a person's name, voice or likeness without permission (for example the Tennessee ELVIS Act).
    """
    copyright = "copyright"
    """
    Infringement of copyright in the person's work.
    """
    undisclosed_synthetic_media = "undisclosed_synthetic_media"
    """
    Synthetic media or a deepfake published without the disclosure the law requires (for example EU AI Act article 50).
    """
    platform_policy = "platform_policy"
    """
    The content breaks the platform's own rules.
    """


class TakedownActionEnum(str, Enum):
    """
    What a platform or publisher can do about reported content.
    """
    removed = "removed"
    """
    The content was removed everywhere.
    """
    disabled_in_territory = "disabled_in_territory"
    """
    Access was disabled in some countries or regions.
    """
    labelled = "labelled"
    """
    A label was added saying the content is synthetic.
    """
    demonetised = "demonetised"
    """
    The content may no longer earn money.
    """
    account_suspended = "account_suspended"
    """
    The account that published it was suspended.
    """
    no_action = "no_action"
    """
    Nothing was done; the outcome gives the reason.
    """


class ContributionRoleEnum(str, Enum):
    """
    Roles in which people contribute to and are credited for creative work.
    """
    written_by = "written_by"
    """
    Wrote the work (screenplay, teleplay, book, article).
    """
    story_by = "story_by"
    """
    Wrote the story the work is based on.
    """
    created_by = "created_by"
    """
    Created the series, format or world.
    """
    directed_by = "directed_by"
    """
    Directed the work.
    """
    performed_by = "performed_by"
    """
    Performed in the work, on screen, on stage or by voice.
    """
    music_by = "music_by"
    """
    Composed the music.
    """
    lyrics_by = "lyrics_by"
    """
    Wrote the lyrics.
    """
    illustrated_by = "illustrated_by"
    """
    Made the illustrations or artwork.
    """
    photographed_by = "photographed_by"
    """
    Took the photographs or was director of photography.
    """
    edited_by = "edited_by"
    """
    Edited the work.
    """
    translated_by = "translated_by"
    """
    Translated or adapted the text into another language.
    """
    produced_by = "produced_by"
    """
    Produced the work.
    """
    research_by = "research_by"
    """
    Did the research.
    """
    other = "other"
    """
    Any other role; the credit text says which.
    """


class AiAssistanceLevelEnum(str, Enum):
    """
    How much of a contribution or material AI produced.
    """
    none = "none"
    """
    No AI was used.
    """
    assisted = "assisted"
    """
    A person made it and used AI as a tool along the way, for example for research, transcription or suggestions they chose from and rewrote.
    """
    generated_then_edited = "generated_then_edited"
    """
    AI generated a first version that a person then substantially edited or rewrote.
    """
    generated = "generated"
    """
    AI generated it with little or no human change.
    """


class PillarEnum(str, Enum):
    """
    The four pillars of the CCAI standard.
    """
    transparency_consent_compensation = "transparency_consent_compensation"
    """
    Pillar 1: transparency, consent and compensation for content and data.
    """
    job_protection = "job_protection"
    """
    Pillar 2: job protection and transition plans.
    """
    guardrails = "guardrails"
    """
    Pillar 3: guardrails against misuse and deepfakes.
    """
    human_creativity = "human_creativity"
    """
    Pillar 4: safeguarding humanity in the creative process.
    """


class RequirementLevelEnum(str, Enum):
    """
    How binding a requirement is, as defined by RFC 2119 and RFC 8174 (the words count only in capitals).
    """
    must = "must"
    """
    MUST (or MUST NOT, REQUIRED, SHALL) — an absolute requirement. A failed check is an error.
    """
    should = "should"
    """
    SHOULD (or SHOULD NOT, RECOMMENDED) — there may be valid reasons to do otherwise, but they must be understood and weighed. A failed check is a warning.
    """
    may = "may"
    """
    MAY (OPTIONAL) — truly optional. Never checked as a fault.
    """


class ParameterUnitEnum(str, Enum):
    """
    What a parameter's whole number counts.
    """
    hours = "hours"
    """
    Hours.
    """
    days = "days"
    """
    Calendar days.
    """
    years = "years"
    """
    Calendar years.
    """
    characters = "characters"
    """
    Characters of text, spaces between words counted once.
    """
    words = "words"
    """
    Words of text, told apart by spaces.
    """


class StricterWhenEnum(str, Enum):
    """
    Which change of a parameter's value makes its requirement stricter.
    """
    larger = "larger"
    """
    A larger number is stricter (a minimum, such as hours of notice).
    """
    smaller = "smaller"
    """
    A smaller number is stricter (a maximum, such as days to answer).
    """
    earlier = "earlier"
    """
    An earlier date is stricter (the day from which something is required).
    """
    later = "later"
    """
    A later date is stricter.
    """
    more_values = "more_values"
    """
    A longer list is stricter (things that are all required).
    """
    fewer_values = "fewer_values"
    """
    A shorter list is stricter (the only values accepted).
    """


class RequirementStatusEnum(str, Enum):
    """
    Whether a requirement is in force.
    """
    active = "active"
    """
    In force in this version.
    """
    withdrawn = "withdrawn"
    """
    No longer in force. The record is kept so that its identifier is never reused.
    """


class StandardStatusEnum(str, Enum):
    """
    The life stages of a version of the standard.
    """
    draft = "draft"
    """
    Open for comment; it may still change.
    """
    released = "released"
    """
    Published; it will not change.
    """
    superseded = "superseded"
    """
    A newer version has been released.
    """


class ReferenceSourceEnum(str, Enum):
    """
    The contracts, laws and formats requirements refer to.
    """
    SAG_AFTRA_2023_TVSOLIDUSTheatrical_Agreement = "sag_aftra_tv_theatrical_2023"
    """
    The SAG-AFTRA 2023 TV/Theatrical agreement (digital replicas, digital alterations, synthetic performers).
    """
    SAG_AFTRA_2025_Interactive_Media_Agreement = "sag_aftra_interactive_media_2025"
    """
    The SAG-AFTRA 2025 Interactive Media (video game) agreement.
    """
    WGA_2023_Minimum_Basic_Agreement_Article_72 = "wga_mba_2023_article_72"
    """
    The WGA 2023 Minimum Basic Agreement, article 72 on generative AI.
    """
    California_AB_2602_LEFT_PARENTHESISLabor_Code_SECTION_SIGN_927RIGHT_PARENTHESIS = "california_ab_2602"
    """
    California Labor Code section 927 (AB 2602), on digital-replica clauses.
    """
    California_AB_1836_LEFT_PARENTHESISCivil_Code_SECTION_SIGN_3344FULL_STOP1RIGHT_PARENTHESIS = "california_ab_1836"
    """
    California AB 1836, on digital replicas of deceased personalities.
    """
    New_York_General_Business_Law_SECTION_SIGN_396_b = "new_york_gbl_396_b"
    """
    New York General Business Law section 396-b, on synthetic performers in advertisements.
    """
    Tennessee_ELVIS_Act_of_2024 = "tennessee_elvis_act"
    """
    The Tennessee ELVIS Act (2024), protecting voice including simulations.
    """
    NO_FAKES_Act_LEFT_PARENTHESISUS_CongressRIGHT_PARENTHESIS = "no_fakes_act"
    """
    The NO FAKES Act (US federal bill) on digital replicas.
    """
    EU_AI_Act_Regulation_LEFT_PARENTHESISEURIGHT_PARENTHESIS_2024SOLIDUS1689 = "eu_ai_act"
    """
    The EU AI Act (Regulation (EU) 2024/1689), including articles 50 and 53.
    """
    EU_template_for_the_public_summary_of_training_content = "eu_ai_act_training_summary_template"
    """
    The EU template for the public summary of training content (July 2025).
    """
    EU_Directive_2019SOLIDUS790_on_copyright_in_the_Digital_Single_Market = "eu_dsm_directive"
    """
    The EU Copyright in the Digital Single Market Directive (2019/790), article 4.
    """
    EU_General_Data_Protection_Regulation_Regulation_LEFT_PARENTHESISEURIGHT_PARENTHESIS_2016SOLIDUS679 = "gdpr"
    """
    The EU General Data Protection Regulation.
    """
    ISOSOLIDUSIEC_TS_27560COLON2023_consent_record_information_structure = "iso_iec_ts_27560"
    """
    ISO/IEC TS 27560:2023, the consent record information structure.
    """
    W3C_Data_Privacy_Vocabulary_LEFT_PARENTHESISDPVRIGHT_PARENTHESIS = "w3c_dpv"
    """
    The W3C Data Privacy Vocabulary.
    """
    W3C_ODRL_Information_Model_2FULL_STOP2 = "w3c_odrl"
    """
    The W3C ODRL 2.2 rights expression language.
    """
    W3C_TDM_Reservation_Protocol_LEFT_PARENTHESISTDMRepRIGHT_PARENTHESIS = "w3c_tdmrep"
    """
    The W3C TDM Reservation Protocol.
    """
    IETF_AI_Preferences_LEFT_PARENTHESISAIPREFRIGHT_PARENTHESIS = "ietf_aipref"
    """
    The IETF AI preferences (AIPREF) vocabulary and its HTTP and robots.txt attachments.
    """
    CAWG_Training_and_Data_Mining_assertion = "cawg_training_mining"
    """
    The CAWG training-and-data-mining assertion.
    """
    C2PA_Technical_Specification_LEFT_PARENTHESISContent_CredentialsRIGHT_PARENTHESIS = "c2pa"
    """
    The C2PA content credentials specification.
    """
    IPTC_Photo_Metadata_Standard_and_PLUS_Data_Mining = "iptc_plus"
    """
    IPTC photo metadata and the PLUS data-mining property.
    """
    IPTC_Digital_Source_Type_vocabulary = "iptc_digital_source_type"
    """
    The IPTC Digital Source Type vocabulary.
    """
    Robots_Exclusion_Protocol_RFC_9309 = "robots_txt"
    """
    The Robots Exclusion Protocol (RFC 9309).
    """
    SPDX_3FULL_STOP0_LEFT_PARENTHESISAI_and_Dataset_profilesRIGHT_PARENTHESIS = "spdx_3"
    """
    SPDX 3.0 and its AI and Dataset profiles.
    """
    MLCommons_Croissant_Responsible_AI_extension = "croissant_rai"
    """
    MLCommons Croissant and its Responsible AI extension.
    """
    Other_source = "other"
    """
    Any other source; the citation names it.
    """


class AssessmentKindEnum(str, Enum):
    """
    Who checked a conformance claim.
    """
    self_assessment = "self_assessment"
    """
    The claimant checked itself.
    """
    third_party_audit = "third_party_audit"
    """
    An independent auditor checked the claim.
    """


class ConformanceResultEnum(str, Enum):
    """
    How far a requirement is met.
    """
    met = "met"
    """
    The requirement is fully met.
    """
    partially_met = "partially_met"
    """
    The requirement is met in part; the explanation says what is missing.
    """
    not_met = "not_met"
    """
    The requirement is not met; the explanation says why.
    """
    not_applicable = "not_applicable"
    """
    The requirement does not apply to the claimant's scope; the explanation says why.
    """



class Document(ConfiguredBaseModel):
    """
    Anything that can stand on its own as one record: a file, or one line of a JSON Lines file. Every document says what kind of record it is (type), which version of the standard it follows (conforms_to) and has its own identifier (id).
    """
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Document"] = Field(default="Document", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Party(Document):
    """
    Someone who can create work, hold rights, give or receive consent, or be paid: a person, an organisation or an estate.
    """
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    alternate_names: Optional[list[str]] = Field(default=None, description="""Other names used, such as a stage name, pen name, maiden name or former company name.""")
    roles: Optional[list[PartyRoleEnum]] = Field(default=None, description="""The creative or professional roles in which this party works.""")
    isni: Optional[str] = Field(default=None, description="""The party's International Standard Name Identifier.""")
    ipi: Optional[str] = Field(default=None, description="""The party's IPI name number used by music collecting societies.""")
    country: Optional[str] = Field(default=None, description="""The country or region where the party is based.""")
    website: Optional[str] = Field(default=None, description="""The party's main web site or profile page.""")
    same_as: Optional[list[str]] = Field(default=None, description="""Web addresses of other records that describe the same party or work, such as a Wikidata, IMDb, MusicBrainz or channel page.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Party"] = Field(default="Party", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('alternate_names')
    def pattern_alternate_names(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid alternate_names format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid alternate_names format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isni')
    def pattern_isni(cls, v):
        pattern=re.compile(r"^[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isni format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isni format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ipi')
    def pattern_ipi(cls, v):
        pattern=re.compile(r"^[0-9]{9,11}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ipi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ipi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country')
    def pattern_country(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('website')
    def pattern_website(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid website format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid website format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('same_as')
    def pattern_same_as(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid same_as format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid same_as format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Person(Party):
    """
    A human being: a writer, performer, musician, crew member, creator or anyone else whose work or persona the standard protects, or who acts for an organisation.
    """
    orcid: Optional[str] = Field(default=None, description="""The person's ORCID iD, used mainly by researchers and writers.""")
    date_of_birth: Optional[date] = Field(default=None, description="""The person's date of birth. Give it only where it is needed, for example to show when a minor comes of age and a consent given by a guardian must be renewed.""")
    is_minor: Optional[StrictBool] = Field(default=None, description="""True when the person is under the age of majority where they live. Consent for a minor is given by a parent or guardian and is shorter-lived.""")
    deceased: Optional[StrictBool] = Field(default=None, description="""True when the person has died. Consent is then given by their estate or an authorised representative.""")
    date_of_death: Optional[date] = Field(default=None, description="""The date on which the person died, if known.""")
    represented_by: Optional[list[str]] = Field(default=None, description="""Agents, managers, lawyers or guardians who act for this person. Each value is the id of another party record.""")
    union_memberships: Optional[list[str]] = Field(default=None, description="""The guilds or unions this person belongs to, each given by the id of its organisation record.""")
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    alternate_names: Optional[list[str]] = Field(default=None, description="""Other names used, such as a stage name, pen name, maiden name or former company name.""")
    roles: Optional[list[PartyRoleEnum]] = Field(default=None, description="""The creative or professional roles in which this party works.""")
    isni: Optional[str] = Field(default=None, description="""The party's International Standard Name Identifier.""")
    ipi: Optional[str] = Field(default=None, description="""The party's IPI name number used by music collecting societies.""")
    country: Optional[str] = Field(default=None, description="""The country or region where the party is based.""")
    website: Optional[str] = Field(default=None, description="""The party's main web site or profile page.""")
    same_as: Optional[list[str]] = Field(default=None, description="""Web addresses of other records that describe the same party or work, such as a Wikidata, IMDb, MusicBrainz or channel page.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Person"] = Field(default="Person", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('orcid')
    def pattern_orcid(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid orcid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid orcid format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('represented_by')
    def pattern_represented_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid represented_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid represented_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('union_memberships')
    def pattern_union_memberships(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid union_memberships format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid union_memberships format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('alternate_names')
    def pattern_alternate_names(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid alternate_names format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid alternate_names format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isni')
    def pattern_isni(cls, v):
        pattern=re.compile(r"^[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isni format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isni format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ipi')
    def pattern_ipi(cls, v):
        pattern=re.compile(r"^[0-9]{9,11}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ipi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ipi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country')
    def pattern_country(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('website')
    def pattern_website(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid website format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid website format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('same_as')
    def pattern_same_as(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid same_as format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid same_as format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Organization(Party):
    """
    A company, guild, union, agency, platform or other body: a studio that makes a film, an AI developer that trains a model, a union that bargains for performers.
    """
    organization_kind: OrganizationKindEnum = Field(default=..., description="""What kind of organisation this is.""")
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    alternate_names: Optional[list[str]] = Field(default=None, description="""Other names used, such as a stage name, pen name, maiden name or former company name.""")
    roles: Optional[list[PartyRoleEnum]] = Field(default=None, description="""The creative or professional roles in which this party works.""")
    isni: Optional[str] = Field(default=None, description="""The party's International Standard Name Identifier.""")
    ipi: Optional[str] = Field(default=None, description="""The party's IPI name number used by music collecting societies.""")
    country: Optional[str] = Field(default=None, description="""The country or region where the party is based.""")
    website: Optional[str] = Field(default=None, description="""The party's main web site or profile page.""")
    same_as: Optional[list[str]] = Field(default=None, description="""Web addresses of other records that describe the same party or work, such as a Wikidata, IMDb, MusicBrainz or channel page.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Organization"] = Field(default="Organization", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('alternate_names')
    def pattern_alternate_names(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid alternate_names format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid alternate_names format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isni')
    def pattern_isni(cls, v):
        pattern=re.compile(r"^[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isni format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isni format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ipi')
    def pattern_ipi(cls, v):
        pattern=re.compile(r"^[0-9]{9,11}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ipi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ipi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country')
    def pattern_country(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('website')
    def pattern_website(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid website format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid website format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('same_as')
    def pattern_same_as(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid same_as format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid same_as format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Estate(Party):
    """
    The estate of a person who has died, acting through its executors or other authorised representatives. An estate can give or refuse consent for the use of the deceased person's work, voice or likeness.
    """
    estate_of: str = Field(default=..., description="""The person who died and whose estate this is, given by the id of their person record.""")
    authorised_representatives: Optional[list[str]] = Field(default=None, description="""The executors, heirs or agents who may act for the estate, each given by the id of a party record.""")
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    alternate_names: Optional[list[str]] = Field(default=None, description="""Other names used, such as a stage name, pen name, maiden name or former company name.""")
    roles: Optional[list[PartyRoleEnum]] = Field(default=None, description="""The creative or professional roles in which this party works.""")
    isni: Optional[str] = Field(default=None, description="""The party's International Standard Name Identifier.""")
    ipi: Optional[str] = Field(default=None, description="""The party's IPI name number used by music collecting societies.""")
    country: Optional[str] = Field(default=None, description="""The country or region where the party is based.""")
    website: Optional[str] = Field(default=None, description="""The party's main web site or profile page.""")
    same_as: Optional[list[str]] = Field(default=None, description="""Web addresses of other records that describe the same party or work, such as a Wikidata, IMDb, MusicBrainz or channel page.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Estate"] = Field(default="Estate", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('estate_of')
    def pattern_estate_of(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid estate_of format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid estate_of format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('authorised_representatives')
    def pattern_authorised_representatives(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid authorised_representatives format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid authorised_representatives format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('alternate_names')
    def pattern_alternate_names(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid alternate_names format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid alternate_names format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isni')
    def pattern_isni(cls, v):
        pattern=re.compile(r"^[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isni format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isni format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ipi')
    def pattern_ipi(cls, v):
        pattern=re.compile(r"^[0-9]{9,11}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ipi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ipi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country')
    def pattern_country(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('website')
    def pattern_website(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid website format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid website format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('same_as')
    def pattern_same_as(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid same_as format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid same_as format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class CreativeWork(Document):
    """
    A piece of creative work: a script, a performance, a song, a recording, an image, a video, a game asset, a podcast episode, a newsletter post, an article, or a collection of such works such as a catalogue or a series.
    """
    title: str = Field(default=..., description="""The title of the work as it is published or known.""")
    work_kind: WorkKindEnum = Field(default=..., description="""What kind of work this is.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    creators: Optional[list[str]] = Field(default=None, description="""The people or organisations who made the work, each given by the id of a party record.""")
    rights_holders: Optional[list[str]] = Field(default=None, description="""Whoever owns or controls the rights in the work today, each given by the id of a party record. This may differ from the creators.""")
    part_of: Optional[str] = Field(default=None, description="""The larger work or collection this work belongs to, such as the podcast series of an episode or the catalogue of a song, given by its id.""")
    date_created: Optional[date] = Field(default=None, description="""The date the work was made.""")
    date_published: Optional[date] = Field(default=None, description="""The date the work was first published or released.""")
    languages: Optional[list[str]] = Field(default=None, description="""The languages of the work or data, as BCP 47 tags.""")
    url: Optional[str] = Field(default=None, description="""A web address where the work can be found.""")
    digital_source_type: Optional[DigitalSourceTypeEnum] = Field(default=None, description="""How the media was made, using the IPTC Digital Source Type vocabulary.""")
    eidr: Optional[str] = Field(default=None, description="""The work's EIDR content ID (films, episodes and other audiovisual works).""")
    isrc: Optional[str] = Field(default=None, description="""The ISRC of a sound or music video recording.""")
    iswc: Optional[str] = Field(default=None, description="""The ISWC of a musical composition.""")
    isbn: Optional[str] = Field(default=None, description="""The ISBN of a book or audiobook.""")
    doi: Optional[str] = Field(default=None, description="""The work's Digital Object Identifier.""")
    iscc: Optional[str] = Field(default=None, description="""The work's International Standard Content Code (ISO 24138), derived from the content, so that a copy can be recognised without any other identifier.""")
    same_as: Optional[list[str]] = Field(default=None, description="""Web addresses of other records that describe the same party or work, such as a Wikidata, IMDb, MusicBrainz or channel page.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["CreativeWork"] = Field(default="CreativeWork", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('title')
    def pattern_title(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid title format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid title format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('creators')
    def pattern_creators(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid creators format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid creators format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rights_holders')
    def pattern_rights_holders(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid rights_holders format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid rights_holders format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('part_of')
    def pattern_part_of(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid part_of format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid part_of format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('languages')
    def pattern_languages(cls, v):
        pattern=re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid languages format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid languages format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('url')
    def pattern_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('eidr')
    def pattern_eidr(cls, v):
        pattern=re.compile(r"^10\.5240/([0-9A-F]{4}-){5}[0-9A-Z]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid eidr format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid eidr format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isrc')
    def pattern_isrc(cls, v):
        pattern=re.compile(r"^[A-Z]{2}-?[A-Z0-9]{3}-?[0-9]{2}-?[0-9]{5}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isrc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isrc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('iswc')
    def pattern_iswc(cls, v):
        pattern=re.compile(r"^T-?[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid iswc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid iswc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isbn')
    def pattern_isbn(cls, v):
        pattern=re.compile(r"^(97[89]-?)?([0-9]-?){9}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isbn format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isbn format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('doi')
    def pattern_doi(cls, v):
        pattern=re.compile(r"^10\.[0-9]{4,9}/[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid doi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid doi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('iscc')
    def pattern_iscc(cls, v):
        pattern=re.compile(r"^ISCC:[A-Z2-7]{10,68}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid iscc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid iscc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('same_as')
    def pattern_same_as(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid same_as format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid same_as format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Project(Document):
    """
    A production, product or campaign that work or consent is given for: a film, a series, a game, an advertisement, an album, or the development of an AI model. Consent for a digital replica is given project by project.
    """
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    project_kind: ProjectKindEnum = Field(default=..., description="""What kind of project this is.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    producers: list[str] = Field(default=..., description="""The studios, companies or people responsible for the project, each given by the id of a party record.""", min_length=1)
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    start_date: Optional[date] = Field(default=None, description="""The date on which the project or period starts.""")
    end_date: Optional[date] = Field(default=None, description="""The date on which the project or period ends.""")
    territories: Optional[list[str]] = Field(default=None, description="""The countries or regions where this applies; WORLD means everywhere.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Project"] = Field(default="Project", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('producers')
    def pattern_producers(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid producers format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid producers format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('territories')
    def pattern_territories(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid territories format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid territories format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class ConsentRecord(Document):
    """
    The record an organisation keeps of a person's or rights holder's consent to specific AI uses of their work or persona. Consent is opt-in and narrow: it covers only the uses, works, attributes, projects, territories, media and period it names.
    """
    subject: str = Field(default=..., description="""The person or rights holder whose work or persona this is about, given by the id of their party record. For a deceased performer this is the performer, not the estate.""")
    granted_by: str = Field(default=..., description="""Who gave the consent, given by the id of a party record: the subject themself, or their estate, representative, union, or parent or guardian.""")
    grantor_capacity: GrantorCapacityEnum = Field(default=..., description="""In what capacity the consent was given.""")
    granted_to: list[str] = Field(default=..., description="""Who receives the consent and may make the permitted uses, each given by the id of a party record.""", min_length=1)
    transferable_to: Optional[list[str]] = Field(default=None, description="""The parties the grantees may pass the consent on to, such as a subsidiary or a contracted developer, each given by the id of a party record. A consent covers uses by its grantees and by these parties only; empty means it cannot be passed on.""")
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    persona_attributes: Optional[list[PersonaAttributeEnum]] = Field(default=None, description="""The protected attributes of the subject this applies to, such as their voice or likeness.""")
    permitted_uses: list[AiUseEnum] = Field(default=..., description="""The AI uses that are allowed. Only the uses listed are allowed; a broader use does not imply narrower ones.""", min_length=1)
    projects: Optional[list[str]] = Field(default=None, description="""The projects this is limited to, each given by the id of a project record. Empty means not limited to a project.""")
    intended_use_description: Optional[str] = Field(default=None, description="""A reasonably specific description, in plain language, of how the work or persona will be used: what will be made, in which scenes or products, and how it will be seen or heard.""")
    territories: Optional[list[str]] = Field(default=None, description="""The countries or regions where this applies; WORLD means everywhere.""")
    media: Optional[list[MediaEnum]] = Field(default=None, description="""The media the use is limited to. Empty means not limited to particular media.""")
    valid_from: AwareDatetime  = Field(default=..., description="""When the consent or preference starts to apply.""")
    valid_until: Optional[AwareDatetime ] = Field(default=None, description="""When the consent or preference stops applying. Empty means until withdrawn.""")
    commercial: StrictBool = Field(default=..., description="""True when the use is commercial: made for profit, for advertising, or in a product or service that is sold. Commercial grants must carry compensation terms.""")
    compensation: Optional[list[CompensationTerm]] = Field(default=None, description="""How the creator is paid for the uses allowed.""")
    obtained: ConsentEvidence = Field(default=..., description="""How the consent was obtained.""")
    consent_status: ConsentStatusEnum = Field(default=..., description="""The status of the consent.""")
    status_history: Optional[list[ConsentStatusChange]] = Field(default=None, description="""Every change of status of the consent, oldest first.""")
    revocation: Optional[Revocation] = Field(default=None, description="""The withdrawal or revocation of the consent, when there is one.""")
    record_keeper: Optional[str] = Field(default=None, description="""The organisation that keeps this record and answers for it, given by the id of its party record.""")
    recorded_at: AwareDatetime  = Field(default=..., description="""When this record was first made.""")
    how_to_withdraw: Optional[str] = Field(default=None, description="""How the person can withdraw the consent, in plain language, with an address or link.""")
    conditions: Optional[str] = Field(default=None, description="""Any further conditions of the consent, in plain language.""")
    supersedes: Optional[str] = Field(default=None, description="""An earlier consent record that this one replaces, given by its id, for example when a consent is renewed.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["ConsentRecord"] = Field(default="ConsentRecord", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('subject')
    def pattern_subject(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid subject format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid subject format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('granted_by')
    def pattern_granted_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid granted_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid granted_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('granted_to')
    def pattern_granted_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid granted_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid granted_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('transferable_to')
    def pattern_transferable_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid transferable_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid transferable_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('projects')
    def pattern_projects(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid projects format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid projects format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('intended_use_description')
    def pattern_intended_use_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid intended_use_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid intended_use_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('territories')
    def pattern_territories(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid territories format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid territories format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_from')
    def pattern_valid_from(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_from format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_from format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_until')
    def pattern_valid_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('record_keeper')
    def pattern_record_keeper(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid record_keeper format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid record_keeper format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('recorded_at')
    def pattern_recorded_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid recorded_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid recorded_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('how_to_withdraw')
    def pattern_how_to_withdraw(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid how_to_withdraw format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid how_to_withdraw format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conditions')
    def pattern_conditions(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conditions format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conditions format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('supersedes')
    def pattern_supersedes(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid supersedes format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid supersedes format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class ConsentEvidence(ConfiguredBaseModel):
    """
    How a consent was obtained: the form it took, when it was signed, where the signed document is kept, and whether the person had a lawyer or union behind them and was given notice of the intended use in advance.
    """
    method: ConsentMethodEnum = Field(default=..., description="""The form in which the consent was given.""")
    signed_by: Optional[str] = Field(default=None, description="""The person who signed, given by the id of their person record, when it is not the grantor itself: for example the executor who signed for an estate.""")
    signed_at: Optional[AwareDatetime ] = Field(default=None, description="""When the consent was signed.""")
    agreement_document: Optional[str] = Field(default=None, description="""Where the signed agreement is kept, for those allowed to see it.""")
    agreement_sha256: Optional[str] = Field(default=None, description="""The SHA-256 digest of the signed agreement file, to prove which version was signed.""")
    represented_by_counsel: Optional[StrictBool] = Field(default=None, description="""True when a lawyer represented the person in agreeing to the terms.""")
    covered_by_union_agreement: Optional[StrictBool] = Field(default=None, description="""True when the terms are covered by a collective agreement negotiated by the person's union.""")
    union: Optional[str] = Field(default=None, description="""The union or guild involved, given by the id of its organisation record.""")
    notice_given_at: Optional[AwareDatetime ] = Field(default=None, description="""When notice was given. For a consent, when the person was told of the intended use, before being asked to agree; for a consultation, when the workers' representatives were formally notified.""")
    separate_from_other_terms: Optional[StrictBool] = Field(default=None, description="""True when the consent was asked for separately from the rest of the contract, in a clear and conspicuous form, rather than buried in general terms.""")

    @field_validator('signed_by')
    def pattern_signed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid signed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid signed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('signed_at')
    def pattern_signed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid signed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid signed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('agreement_document')
    def pattern_agreement_document(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid agreement_document format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid agreement_document format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('agreement_sha256')
    def pattern_agreement_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid agreement_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid agreement_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('union')
    def pattern_union(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid union format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid union format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('notice_given_at')
    def pattern_notice_given_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid notice_given_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid notice_given_at format: {v}"
            raise ValueError(err_msg)
        return v


class ConsentStatusChange(ConfiguredBaseModel):
    """
    One step in the life of a consent, such as when it was given, renewed, withdrawn or expired.
    """
    consent_status: ConsentStatusEnum = Field(default=..., description="""The status of the consent.""")
    changed_at: AwareDatetime  = Field(default=..., description="""When the change happened.""")
    changed_by: Optional[str] = Field(default=None, description="""Who made the change, given by the id of a party record.""")
    reason: Optional[str] = Field(default=None, description="""Why, in plain language.""")

    @field_validator('changed_at')
    def pattern_changed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid changed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid changed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('changed_by')
    def pattern_changed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid changed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid changed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('reason')
    def pattern_reason(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reason format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reason format: {v}"
            raise ValueError(err_msg)
        return v


class Revocation(ConfiguredBaseModel):
    """
    The withdrawal or revocation of a consent: who asked, when it takes effect, and what the user must do about past and future use.
    """
    revoked_at: AwareDatetime  = Field(default=..., description="""When the withdrawal or revocation was asked for.""")
    revoked_by: str = Field(default=..., description="""Who withdrew or revoked the consent, given by the id of a party record.""")
    effective_at: AwareDatetime  = Field(default=..., description="""From when the withdrawal or revocation applies. No new use is allowed from then on.""")
    required_actions: Optional[list[RemedyActionEnum]] = Field(default=None, description="""What the user must do about the work or persona.""")
    reason: Optional[str] = Field(default=None, description="""Why, in plain language.""")

    @field_validator('revoked_at')
    def pattern_revoked_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid revoked_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid revoked_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('revoked_by')
    def pattern_revoked_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid revoked_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid revoked_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('effective_at')
    def pattern_effective_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid effective_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid effective_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('reason')
    def pattern_reason(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reason format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reason format: {v}"
            raise ValueError(err_msg)
        return v


class AssetBinding(Document):
    """
    A media file, such as a voice clip or a replica render, bound by a signed C2PA manifest to the consents that authorise it. `ccai bind` writes one beside the signed file. With it in the batch, the receipt of each consent names the assets made under it, so the person who consented can see where their consent was used.
    """
    asset_sha256: str = Field(default=..., description="""The SHA-256 digest of the signed file, its manifest included.""")
    bound_consents: list[str] = Field(default=..., description="""The consent records the asset's manifest cites, each given by its id.""", min_length=1)
    bound_uses: list[AiUseEnum] = Field(default=..., description="""The AI uses the asset embodies, as its manifest states them.""", min_length=1)
    used_by: list[str] = Field(default=..., description="""The parties that make the use, each given by the id of a party record.""", min_length=1)
    projects: Optional[list[str]] = Field(default=None, description="""The project the asset was made for, given by the id of its project record.""")
    bound_at: AwareDatetime  = Field(default=..., description="""When the asset was bound to the consents, as its signed manifest states it.""")
    manifest_label: Optional[str] = Field(default=None, description="""The label of the C2PA manifest that binds the asset (such as urn:c2pa:…), as a C2PA reader shows it.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["AssetBinding"] = Field(default="AssetBinding", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('asset_sha256')
    def pattern_asset_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid asset_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid asset_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('bound_consents')
    def pattern_bound_consents(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid bound_consents format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid bound_consents format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('used_by')
    def pattern_used_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid used_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid used_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('projects')
    def pattern_projects(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid projects format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid projects format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('bound_at')
    def pattern_bound_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid bound_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid bound_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('manifest_label')
    def pattern_manifest_label(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid manifest_label format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid manifest_label format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class ConsentReceipt(Document):
    """
    The copy of a consent given back to the person who consented, so that they can prove what they agreed to and know how to withdraw. It repeats the key terms of the consent record and a digest of the record as it stood when the receipt was issued.
    """
    consent: str = Field(default=..., description="""The consent record this refers to, given by its id.""")
    issued_to: Optional[str] = Field(default=None, description="""Who received the receipt, given by the id of a party record.""")
    issued_by: Optional[str] = Field(default=None, description="""Who issued it, given by the id of a party record.""")
    issued_at: Optional[AwareDatetime ] = Field(default=None, description="""When it was issued.""")
    consent_status: ConsentStatusEnum = Field(default=..., description="""The status of the consent.""")
    granted_to: Optional[list[str]] = Field(default=None, description="""Who receives the consent and may make the permitted uses, each given by the id of a party record.""")
    permitted_uses: list[AiUseEnum] = Field(default=..., description="""The AI uses that are allowed. Only the uses listed are allowed; a broader use does not imply narrower ones.""", min_length=1)
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    persona_attributes: Optional[list[PersonaAttributeEnum]] = Field(default=None, description="""The protected attributes of the subject this applies to, such as their voice or likeness.""")
    projects: Optional[list[str]] = Field(default=None, description="""The projects this is limited to, each given by the id of a project record. Empty means not limited to a project.""")
    territories: Optional[list[str]] = Field(default=None, description="""The countries or regions where this applies; WORLD means everywhere.""")
    media: Optional[list[MediaEnum]] = Field(default=None, description="""The media the use is limited to. Empty means not limited to particular media.""")
    valid_from: Optional[AwareDatetime ] = Field(default=None, description="""When the consent or preference starts to apply.""")
    valid_until: Optional[AwareDatetime ] = Field(default=None, description="""When the consent or preference stops applying. Empty means until withdrawn.""")
    compensation: Optional[list[CompensationTerm]] = Field(default=None, description="""How the creator is paid for the uses allowed.""")
    consent_sha256: Optional[str] = Field(default=None, description="""The SHA-256 digest of the consent record, in canonical JSON (RFC 8785), as it stood when the receipt was issued.""")
    how_to_withdraw: str = Field(default=..., description="""How the person can withdraw the consent, in plain language, with an address or link.""")
    bound_assets: Optional[list[str]] = Field(default=None, description="""The assets bound to this consent by a signed C2PA manifest, each given by the id of its asset binding record.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["ConsentReceipt"] = Field(default="ConsentReceipt", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('consent')
    def pattern_consent(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consent format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consent format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued_to')
    def pattern_issued_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued_by')
    def pattern_issued_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued_at')
    def pattern_issued_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('granted_to')
    def pattern_granted_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid granted_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid granted_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('projects')
    def pattern_projects(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid projects format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid projects format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('territories')
    def pattern_territories(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid territories format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid territories format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_from')
    def pattern_valid_from(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_from format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_from format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_until')
    def pattern_valid_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('consent_sha256')
    def pattern_consent_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consent_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consent_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('how_to_withdraw')
    def pattern_how_to_withdraw(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid how_to_withdraw format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid how_to_withdraw format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('bound_assets')
    def pattern_bound_assets(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid bound_assets format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid bound_assets format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class UsagePreference(Document):
    """
    A rights holder's declaration, per kind of AI use, of whether their works may be used: for one work, for a whole catalogue, or for pages of a web site. It is the machine-readable reservation (opt-out) or permission (opt-in) that crawlers and AI developers must honour.
    """
    declared_by: str = Field(default=..., description="""The rights holder making the declaration, given by the id of a party record.""")
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    catalogue_of: Optional[str] = Field(default=None, description="""Applies to every work whose rights this party holds, now and in future, given by the id of the party record. Use this for a whole catalogue.""")
    locations: Optional[list[str]] = Field(default=None, description="""Web addresses or address patterns (with * as a wildcard) that this applies to. Where preferences of one rights holder cover the same address, the one with the longest matching pattern applies, as in robots.txt.""")
    use_preferences: list[UsePreferenceRule] = Field(default=..., description="""One entry per kind of AI use.""", min_length=1)
    default_permission: Optional[PermissionEnum] = Field(default=None, description="""What applies to uses not listed. Empty means nothing is said about them.""")
    declared_at: AwareDatetime  = Field(default=..., description="""When the declaration was made.""")
    valid_from: Optional[AwareDatetime ] = Field(default=None, description="""When the consent or preference starts to apply.""")
    valid_until: Optional[AwareDatetime ] = Field(default=None, description="""When the consent or preference stops applying. Empty means until withdrawn.""")
    published_via: Optional[list[OptOutMechanismEnum]] = Field(default=None, description="""The machine-readable formats in which the declaration is also published.""")
    licensing_contact: Optional[str] = Field(default=None, description="""An e-mail address or web address for anyone who wants to license the works.""")
    licence_terms: Optional[list[CompensationTerm]] = Field(default=None, description="""What a licence for the uses allowed under a condition costs: the payment, its amount and when it is due, as RSL licences and collective licences publish them.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["UsagePreference"] = Field(default="UsagePreference", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('declared_by')
    def pattern_declared_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid declared_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid declared_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('catalogue_of')
    def pattern_catalogue_of(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid catalogue_of format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid catalogue_of format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('locations')
    def pattern_locations(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid locations format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid locations format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('declared_at')
    def pattern_declared_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid declared_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid declared_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_from')
    def pattern_valid_from(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_from format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_from format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_until')
    def pattern_valid_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('licensing_contact')
    def pattern_licensing_contact(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid licensing_contact format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid licensing_contact format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class UsePreferenceRule(ConfiguredBaseModel):
    """
    Whether one kind of AI use is allowed, not allowed, or allowed only under a constraint.
    """
    use: AiUseEnum = Field(default=..., description="""The kind of AI use.""")
    permission: PermissionEnum = Field(default=..., description="""Whether the use is allowed.""")
    constraint_info: Optional[str] = Field(default=None, description="""For a constrained use, the condition in plain language, for example \"only with a licence\". A constrained use with no condition counts as not allowed.""")
    policy: Optional[str] = Field(default=None, description="""A web page or machine-readable policy with the licensing terms for this use.""")

    @field_validator('constraint_info')
    def pattern_constraint_info(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid constraint_info format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid constraint_info format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('policy')
    def pattern_policy(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid policy format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid policy format: {v}"
            raise ValueError(err_msg)
        return v


class OptOutRequest(Document):
    """
    A creator's or rights holder's request to an AI developer, platform or studio to stop using their works or persona for some AI uses, and what became of it.
    """
    requested_by: str = Field(default=..., description="""Who made the request, given by the id of a party record.""")
    on_behalf_of: Optional[str] = Field(default=None, description="""The person or rights holder the request is made for, when not the requester, given by the id of a party record.""")
    addressed_to: str = Field(default=..., description="""The organisation the request is made to, given by the id of its party record.""")
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    catalogue_of: Optional[str] = Field(default=None, description="""Applies to every work whose rights this party holds, now and in future, given by the id of the party record. Use this for a whole catalogue.""")
    locations: Optional[list[str]] = Field(default=None, description="""Web addresses or address patterns (with * as a wildcard) that this applies to. Where preferences of one rights holder cover the same address, the one with the longest matching pattern applies, as in robots.txt.""")
    persona_attributes: Optional[list[PersonaAttributeEnum]] = Field(default=None, description="""The protected attributes of the subject this applies to, such as their voice or likeness.""")
    opted_out_uses: list[AiUseEnum] = Field(default=..., description="""The AI uses the requester wants stopped. Refusing a use also refuses the narrower uses under it.""", min_length=1)
    requested_actions: Optional[list[RemedyActionEnum]] = Field(default=None, description="""What the requester asks the organisation to do.""")
    requested_at: AwareDatetime  = Field(default=..., description="""When the request was made.""")
    submitted_via: Optional[OptOutMechanismEnum] = Field(default=None, description="""How the request was sent, for example directly or through a platform setting.""")
    response_due_by: Optional[AwareDatetime ] = Field(default=None, description="""When the organisation must have answered.""")
    request_status: RequestStatusEnum = Field(default=..., description="""Where the request stands.""")
    acknowledged_at: Optional[AwareDatetime ] = Field(default=None, description="""When the organisation confirmed it had received the request.""")
    completed_at: Optional[AwareDatetime ] = Field(default=None, description="""When the organisation finished acting on the request.""")
    actions_taken: Optional[list[RemedyActionEnum]] = Field(default=None, description="""What the organisation did.""")
    outcome: Optional[str] = Field(default=None, description="""What happened, in plain language, including the reason if the request was refused.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["OptOutRequest"] = Field(default="OptOutRequest", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('requested_by')
    def pattern_requested_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid requested_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid requested_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('on_behalf_of')
    def pattern_on_behalf_of(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid on_behalf_of format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid on_behalf_of format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('addressed_to')
    def pattern_addressed_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid addressed_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid addressed_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('catalogue_of')
    def pattern_catalogue_of(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid catalogue_of format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid catalogue_of format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('locations')
    def pattern_locations(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid locations format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid locations format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('requested_at')
    def pattern_requested_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid requested_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid requested_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('response_due_by')
    def pattern_response_due_by(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid response_due_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid response_due_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('acknowledged_at')
    def pattern_acknowledged_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid acknowledged_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid acknowledged_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('completed_at')
    def pattern_completed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid completed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid completed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('outcome')
    def pattern_outcome(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid outcome format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid outcome format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class CompensationTerm(ConfiguredBaseModel):
    """
    One way a creator is paid for a use of their work or persona, for example a flat fee on signing plus a royalty on each use. A grant can carry several terms.
    """
    compensation_model: CompensationModelEnum = Field(default=..., description="""How the payment is worked out.""")
    amount: Optional[str] = Field(default=None, description="""The amount of money, as a decimal string such as \"1250.00\". For a fee it is the fee; for a per-use payment it is the payment for each use.""")
    currency: Optional[str] = Field(default=None, description="""The ISO 4217 code of the currency the amount is in, such as USD or EUR.""")
    rate: Optional[str] = Field(default=None, description="""For a revenue share or royalty, the percentage paid, as a decimal string such as \"2.5\".""")
    trigger: CompensationTriggerEnum = Field(default=..., description="""The event that makes the payment due.""")
    payee: str = Field(default=..., description="""Who is paid, given by the id of a party record (the creator, their estate, a union fund or a collecting society).""")
    payment_due_days: Optional[StrictInt] = Field(default=None, description="""How many days after the trigger the payment must be made.""", ge=0)
    reporting_frequency: Optional[ReportingFrequencyEnum] = Field(default=None, description="""How often the user must send the creator a usage report.""")
    audit_rights: Optional[StrictBool] = Field(default=None, description="""True when the creator, or someone acting for them, may audit the user's records of use and payment.""")
    audit_notice_days: Optional[StrictInt] = Field(default=None, description="""How many days' notice the creator must give before an audit.""", ge=0)
    non_monetary_consideration: Optional[str] = Field(default=None, description="""What the creator receives instead of money, when the term pays in kind: for example a credit and a share of the project's equity. A commercial grant that pays nothing in money must say what it gives instead.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")

    @field_validator('amount')
    def pattern_amount(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]{1,6})?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid amount format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid amount format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('currency')
    def pattern_currency(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid currency format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid currency format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rate')
    def pattern_rate(cls, v):
        pattern=re.compile(r"^(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid rate format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid rate format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('payee')
    def pattern_payee(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid payee format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid payee format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('non_monetary_consideration')
    def pattern_non_monetary_consideration(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid non_monetary_consideration format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid non_monetary_consideration format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v


class TrainingDataDisclosure(Document):
    """
    A public summary, by an AI developer, of the content used to train a model. Its parts follow the EU AI Act training-content summary template: general information about the model, the sources of data by category, and how text-and-data-mining opt-outs were honoured. It adds what the template lacks: how much of the training content is covered by consent.
    """
    provider: str = Field(default=..., description="""The organisation that provides the AI model, given by the id of its party record.""")
    model_name: str = Field(default=..., description="""The name of the AI model, as it is offered to users.""")
    model_version: Optional[str] = Field(default=None, description="""The version of the model this disclosure covers.""")
    model_card: Optional[str] = Field(default=None, description="""Where the model's documentation (its model card) can be read.""")
    model_release_date: Optional[date] = Field(default=None, description="""The date the model version was first made available.""")
    modalities: list[ModalityEnum] = Field(default=..., description="""The kinds of data the model was trained on.""", min_length=1)
    content_types: Optional[list[WorkKindEnum]] = Field(default=None, description="""The kinds of creative work in the training data.""")
    languages: Optional[list[str]] = Field(default=None, description="""The languages of the work or data, as BCP 47 tags.""")
    latest_acquisition_date: Optional[date] = Field(default=None, description="""The latest date on which training data was collected.""")
    sources: list[DataSourceSummary] = Field(default=..., description="""The sources of training data, one entry per category of the EU template.""", min_length=1)
    datasets: Optional[list[str]] = Field(default=None, description="""Datasets used, each given by the id of a dataset record.""")
    opt_out_mechanisms_honoured: list[OptOutMechanismEnum] = Field(default=..., description="""The machine-readable opt-out mechanisms the developer checked and obeyed when collecting data.""", min_length=1)
    opt_out_description: str = Field(default=..., description="""How text-and-data-mining opt-outs were identified and respected, in plain language.""")
    illegal_content_measures: Optional[str] = Field(default=None, description="""What was done to keep illegal content out of the training data, in plain language.""")
    consent_coverage: Optional[ConsentCoverage] = Field(default=None, description="""How much of the training content is covered by consent.""")
    manifests: Optional[list[str]] = Field(default=None, description="""Dataset manifests listing the works used, each given by the id of a manifest record.""")
    published_at: AwareDatetime  = Field(default=..., description="""When the disclosure was published.""")
    previous_disclosure: Optional[str] = Field(default=None, description="""The disclosure this one replaces, for example the one for the previous version of the model, given by its id.""")
    contact: Optional[str] = Field(default=None, description="""An e-mail address or web address where rights holders can ask questions or raise complaints.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["TrainingDataDisclosure"] = Field(default="TrainingDataDisclosure", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('provider')
    def pattern_provider(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid provider format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid provider format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('model_name')
    def pattern_model_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid model_name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid model_name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('model_version')
    def pattern_model_version(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid model_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid model_version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('model_card')
    def pattern_model_card(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid model_card format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid model_card format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('languages')
    def pattern_languages(cls, v):
        pattern=re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid languages format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid languages format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('datasets')
    def pattern_datasets(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid datasets format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid datasets format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('opt_out_description')
    def pattern_opt_out_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid opt_out_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid opt_out_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('illegal_content_measures')
    def pattern_illegal_content_measures(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid illegal_content_measures format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid illegal_content_measures format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('manifests')
    def pattern_manifests(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid manifests format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid manifests format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('published_at')
    def pattern_published_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid published_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid published_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('previous_disclosure')
    def pattern_previous_disclosure(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid previous_disclosure format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid previous_disclosure format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('contact')
    def pattern_contact(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid contact format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid contact format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class DataSourceSummary(ConfiguredBaseModel):
    """
    One category of training data, as in section 2 of the EU template: what it is, where it came from, and for crawled data which crawlers, when, and from which domains.
    """
    source_category: TrainingDataSourceCategoryEnum = Field(default=..., description="""The category of data source, as in the EU template.""")
    description: str = Field(default=..., description="""A short description in plain language.""")
    datasets: Optional[list[str]] = Field(default=None, description="""Datasets used, each given by the id of a dataset record.""")
    licensors: Optional[list[str]] = Field(default=None, description="""For licensed data, the rights holders it was licensed from, each given by the id of a party record.""")
    crawler_names: Optional[list[str]] = Field(default=None, description="""For crawled data, the names (user agents) of the crawlers used.""")
    start_date: Optional[date] = Field(default=None, description="""The date on which the project or period starts.""")
    end_date: Optional[date] = Field(default=None, description="""The date on which the project or period ends.""")
    top_domains: Optional[list[str]] = Field(default=None, description="""For crawled data, the domain names from which the most content was collected.""")
    share_of_training_data: Optional[str] = Field(default=None, description="""Roughly what share of all training data came from this source, as a percentage.""")

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('datasets')
    def pattern_datasets(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid datasets format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid datasets format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('licensors')
    def pattern_licensors(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid licensors format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid licensors format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('crawler_names')
    def pattern_crawler_names(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid crawler_names format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid crawler_names format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('top_domains')
    def pattern_top_domains(cls, v):
        pattern=re.compile(r"^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid top_domains format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid top_domains format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('share_of_training_data')
    def pattern_share_of_training_data(cls, v):
        pattern=re.compile(r"^(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid share_of_training_data format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid share_of_training_data format: {v}"
            raise ValueError(err_msg)
        return v


class ConsentCoverage(ConfiguredBaseModel):
    """
    How many of the works used to train the model are covered by consent, as of a date.
    """
    works_total: StrictInt = Field(default=..., description="""The number of works in the training data that this count covers.""", ge=0)
    works_with_consent: StrictInt = Field(default=..., description="""How many of those works are covered by a consent in force.""", ge=0)
    works_with_other_basis: Optional[StrictInt] = Field(default=None, description="""How many are used on another basis, such as a licence or the public domain.""", ge=0)
    as_of: date = Field(default=..., description="""The date on which the count was made.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v


class Dataset(Document):
    """
    A collection of works or data used to train, fine-tune or evaluate AI models, described as in the SPDX 3 Dataset profile and Croissant RAI.
    """
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    version: Optional[str] = Field(default=None, description="""The version of the dataset, or of the dataset a manifest describes.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    publisher: Optional[str] = Field(default=None, description="""Who publishes or maintains the dataset, given by the id of a party record.""")
    dataset_types: list[DatasetTypeEnum] = Field(default=..., description="""The kinds of data in the dataset, as in SPDX 3.""", min_length=1)
    languages: Optional[list[str]] = Field(default=None, description="""The languages of the work or data, as BCP 47 tags.""")
    source_categories: Optional[list[TrainingDataSourceCategoryEnum]] = Field(default=None, description="""Where the data in the dataset came from, using the categories of the EU template.""")
    data_collection_process: Optional[str] = Field(default=None, description="""How the data was collected, in plain language.""")
    intended_use: Optional[str] = Field(default=None, description="""What the dataset is meant to be used for.""")
    known_biases: Optional[list[str]] = Field(default=None, description="""Known biases or gaps in the data.""")
    sensitive_personal_information: Optional[PresenceEnum] = Field(default=None, description="""Whether the dataset holds sensitive personal information, such as biometric data like voices and faces.""")
    availability: Optional[DatasetAvailabilityEnum] = Field(default=None, description="""How the dataset can be obtained.""")
    licence: Optional[str] = Field(default=None, description="""The licence under which the data or work may be used, as a web address.""")
    item_count: Optional[StrictInt] = Field(default=None, description="""The number of items in the dataset.""", ge=0)
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Dataset"] = Field(default="Dataset", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version')
    def pattern_version(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('publisher')
    def pattern_publisher(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid publisher format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid publisher format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('languages')
    def pattern_languages(cls, v):
        pattern=re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid languages format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid languages format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('data_collection_process')
    def pattern_data_collection_process(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid data_collection_process format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid data_collection_process format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('intended_use')
    def pattern_intended_use(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid intended_use format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid intended_use format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('known_biases')
    def pattern_known_biases(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid known_biases format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid known_biases format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('licence')
    def pattern_licence(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid licence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid licence format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class DatasetManifest(Document):
    """
    The list of works in one version of a dataset. The entries are separate ManifestEntry records (one per line in a JSON Lines file) that point back to this manifest, so that a manifest can hold millions of works.
    """
    dataset: str = Field(default=..., description="""The dataset this manifest lists, given by its id.""")
    version: Optional[str] = Field(default=None, description="""The version of the dataset, or of the dataset a manifest describes.""")
    generated_at: AwareDatetime  = Field(default=..., description="""When the manifest was produced.""")
    generated_by: Optional[str] = Field(default=None, description="""Who produced the manifest, given by the id of a party record.""")
    entry_count: Optional[StrictInt] = Field(default=None, description="""How many entries the manifest has.""", ge=0)
    entries_file: Optional[str] = Field(default=None, description="""Where the JSON Lines file holding the manifest's entries can be downloaded.""")
    entries_sha256: Optional[str] = Field(default=None, description="""The SHA-256 digest of the entries file, so that a copy can be checked.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["DatasetManifest"] = Field(default="DatasetManifest", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('dataset')
    def pattern_dataset(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid dataset format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid dataset format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version')
    def pattern_version(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('generated_at')
    def pattern_generated_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid generated_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid generated_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('generated_by')
    def pattern_generated_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid generated_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid generated_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('entries_file')
    def pattern_entries_file(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid entries_file format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid entries_file format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('entries_sha256')
    def pattern_entries_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid entries_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid entries_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class AiSystem(Party):
    """
    An AI model, tool or service, such as a text generator or a voice-cloning tool. It is a party of its own kind so that records can name it where AI was used, and so that software recognises it wherever it is put in place of a person: an AI system is never an author, a contributor or a grantor.
    """
    provider: Optional[str] = Field(default=None, description="""The organisation that provides the AI system, given by the id of its party record.""")
    model_version: Optional[str] = Field(default=None, description="""The version of the model this disclosure covers.""")
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    alternate_names: Optional[list[str]] = Field(default=None, description="""Other names used, such as a stage name, pen name, maiden name or former company name.""")
    roles: Optional[list[PartyRoleEnum]] = Field(default=None, description="""The creative or professional roles in which this party works.""")
    isni: Optional[str] = Field(default=None, description="""The party's International Standard Name Identifier.""")
    ipi: Optional[str] = Field(default=None, description="""The party's IPI name number used by music collecting societies.""")
    country: Optional[str] = Field(default=None, description="""The country or region where the party is based.""")
    website: Optional[str] = Field(default=None, description="""The party's main web site or profile page.""")
    same_as: Optional[list[str]] = Field(default=None, description="""Web addresses of other records that describe the same party or work, such as a Wikidata, IMDb, MusicBrainz or channel page.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["AiSystem"] = Field(default="AiSystem", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('provider')
    def pattern_provider(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid provider format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid provider format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('model_version')
    def pattern_model_version(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid model_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid model_version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('alternate_names')
    def pattern_alternate_names(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid alternate_names format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid alternate_names format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('isni')
    def pattern_isni(cls, v):
        pattern=re.compile(r"^[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid isni format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid isni format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ipi')
    def pattern_ipi(cls, v):
        pattern=re.compile(r"^[0-9]{9,11}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ipi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ipi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country')
    def pattern_country(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('website')
    def pattern_website(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid website format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid website format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('same_as')
    def pattern_same_as(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid same_as format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid same_as format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class ManifestEntry(Document):
    """
    One work in a dataset manifest, with the legal basis for using it and, when that basis is consent, the consent records that cover it.
    """
    manifest: str = Field(default=..., description="""The manifest this entry belongs to, given by its id.""")
    work: str = Field(default=..., description="""The work, given by the id of its creative work record.""")
    basis: UseBasisEnum = Field(default=..., description="""The legal basis on which the work is used.""")
    consents: Optional[list[str]] = Field(default=None, description="""The consent records that cover this use of the work, each given by its id.""")
    uses: list[AiUseEnum] = Field(default=..., description="""What the work is used for in this dataset.""", min_length=1)
    added_at: AwareDatetime  = Field(default=..., description="""When the work was added to the dataset.""")
    content_sha256: Optional[str] = Field(default=None, description="""The SHA-256 digest of the exact file used.""")
    source_url: Optional[str] = Field(default=None, description="""Where the work was obtained from.""")
    licence: Optional[str] = Field(default=None, description="""The licence under which the data or work may be used, as a web address.""")
    removed_at: Optional[AwareDatetime ] = Field(default=None, description="""When the work was taken out of the dataset, for example after an opt-out or a withdrawn consent. The entry is kept so that the removal can be audited; give the reason too.""")
    reason: Optional[str] = Field(default=None, description="""Why, in plain language.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["ManifestEntry"] = Field(default="ManifestEntry", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('manifest')
    def pattern_manifest(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid manifest format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid manifest format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('work')
    def pattern_work(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid work format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid work format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('consents')
    def pattern_consents(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consents format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consents format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('added_at')
    def pattern_added_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid added_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid added_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('content_sha256')
    def pattern_content_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid content_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid content_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('source_url')
    def pattern_source_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid source_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid source_url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('licence')
    def pattern_licence(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid licence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid licence format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('removed_at')
    def pattern_removed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid removed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid removed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('reason')
    def pattern_reason(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reason format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reason format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class UsageReport(Document):
    """
    A statement from a user of works or personas to the creators or their representatives of what was used, how often and what is owed, for one period. It is what lets creators audit that use matched consent and payment matched use.
    """
    reported_by: str = Field(default=..., description="""Who makes the report, given by the id of a party record.""")
    reported_to: list[str] = Field(default=..., description="""Who receives the report, each given by the id of a party record.""", min_length=1)
    period_start: date = Field(default=..., description="""The first day of the period the report covers.""")
    period_end: date = Field(default=..., description="""The last day of the period the report covers.""")
    issued_at: AwareDatetime  = Field(default=..., description="""When it was issued.""")
    report_lines: list[UsageReportLine] = Field(default=..., description="""The lines of the report.""", min_length=1)
    total_amount: Optional[str] = Field(default=None, description="""The total owed for the period, as a decimal string; it must equal the sum of the lines.""")
    currency: Optional[str] = Field(default=None, description="""The ISO 4217 code of the currency the amount is in, such as USD or EUR.""")
    audit_contact: Optional[str] = Field(default=None, description="""An e-mail address or web address where the recipient can ask to audit the report.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["UsageReport"] = Field(default="UsageReport", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('reported_by')
    def pattern_reported_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reported_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reported_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('reported_to')
    def pattern_reported_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reported_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reported_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued_at')
    def pattern_issued_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('total_amount')
    def pattern_total_amount(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]{1,6})?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid total_amount format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid total_amount format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('currency')
    def pattern_currency(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid currency format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid currency format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('audit_contact')
    def pattern_audit_contact(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid audit_contact format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid audit_contact format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class UsageReportLine(ConfiguredBaseModel):
    """
    One line of a usage report, for one use of one work or persona under one consent.
    """
    work: Optional[str] = Field(default=None, description="""The work, given by the id of its creative work record.""")
    consent: Optional[str] = Field(default=None, description="""The consent record this refers to, given by its id.""")
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    use: AiUseEnum = Field(default=..., description="""The kind of AI use.""")
    ai_system: Optional[str] = Field(default=None, description="""The name and version of the AI system or model concerned.""")
    use_count: StrictInt = Field(default=..., description="""How many times the use was made in the period.""", ge=0)
    first_used_at: Optional[AwareDatetime ] = Field(default=None, description="""When the first use in the period was made.""")
    last_used_at: Optional[AwareDatetime ] = Field(default=None, description="""When the last use in the period was made.""")
    amount: Optional[str] = Field(default=None, description="""The amount of money, as a decimal string such as \"1250.00\". For a fee it is the fee; for a per-use payment it is the payment for each use.""")
    currency: Optional[str] = Field(default=None, description="""The ISO 4217 code of the currency the amount is in, such as USD or EUR.""")

    @field_validator('work')
    def pattern_work(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid work format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid work format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('consent')
    def pattern_consent(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consent format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consent format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ai_system')
    def pattern_ai_system(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ai_system format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ai_system format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('first_used_at')
    def pattern_first_used_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid first_used_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid first_used_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('last_used_at')
    def pattern_last_used_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid last_used_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid last_used_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('amount')
    def pattern_amount(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]{1,6})?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid amount format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid amount format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('currency')
    def pattern_currency(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid currency format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid currency format: {v}"
            raise ValueError(err_msg)
        return v


class WorkforceImpactAssessment(Document):
    """
    An assessment, made before an AI system is deployed, of what it will do to the work and jobs of the people in a production or company, and of what will be done for them.
    """
    deployer: str = Field(default=..., description="""The company or production that deploys the AI system, given by the id of its party record.""")
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    ai_system: str = Field(default=..., description="""The name and version of the AI system or model concerned.""")
    deployment_description: str = Field(default=..., description="""What the AI system will do, for which tasks, and from when, in plain language.""")
    planned_deployment_date: Optional[date] = Field(default=None, description="""The date from which the AI system is planned to be used.""")
    assessed_by: Optional[str] = Field(default=None, description="""Who made the assessment, given by the id of a party record.""")
    assessed_at: AwareDatetime  = Field(default=..., description="""When the assessment was completed.""")
    assessment_status: AssessmentStatusEnum = Field(default=..., description="""Where the assessment stands.""")
    affected_roles: list[AffectedRole] = Field(default=..., description="""Every role or group of jobs the deployment affects.""", min_length=1)
    consultations: Optional[list[Consultation]] = Field(default=None, description="""The consultations with guilds, unions or other worker representatives.""")
    workers_notified_at: Optional[AwareDatetime ] = Field(default=None, description="""When the affected workers themselves were told of the deployment.""")
    notice_period_days: Optional[StrictInt] = Field(default=None, description="""How many days of notice workers get before their work changes.""", ge=0)
    transition_measures: Optional[list[TransitionMeasure]] = Field(default=None, description="""The measures offered to the people whose work changes.""")
    human_in_the_loop: Optional[list[HumanInTheLoopCommitment]] = Field(default=None, description="""The decisions and work that stay with people.""")
    follow_up_reviews: Optional[list[FollowUpReview]] = Field(default=None, description="""Reviews made after deployment, oldest first.""")
    next_review_date: Optional[date] = Field(default=None, description="""When the deployment will next be reviewed.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["WorkforceImpactAssessment"] = Field(default="WorkforceImpactAssessment", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('deployer')
    def pattern_deployer(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid deployer format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid deployer format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ai_system')
    def pattern_ai_system(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ai_system format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ai_system format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('deployment_description')
    def pattern_deployment_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid deployment_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid deployment_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('assessed_by')
    def pattern_assessed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid assessed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid assessed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('assessed_at')
    def pattern_assessed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid assessed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid assessed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('workers_notified_at')
    def pattern_workers_notified_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid workers_notified_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid workers_notified_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class AffectedRole(ConfiguredBaseModel):
    """
    One role or group of jobs the AI deployment affects, and how its work is expected to change.
    """
    role_title: str = Field(default=..., description="""The name of the role as used in the production or company, for example \"storyboard artist\".""")
    department: DepartmentEnum = Field(default=..., description="""The department the role belongs to.""")
    headcount: Optional[StrictInt] = Field(default=None, description="""How many people work in this role today.""", ge=0)
    expected_change: WorkChangeEnum = Field(default=..., description="""How the work in this role is expected to change.""")
    jobs_at_risk: Optional[StrictInt] = Field(default=None, description="""How many of those jobs may be lost or cut to fewer hours.""", ge=0)
    change_description: Optional[str] = Field(default=None, description="""What changes in the daily work, in plain language.""")

    @field_validator('role_title')
    def pattern_role_title(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid role_title format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid role_title format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('change_description')
    def pattern_change_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid change_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid change_description format: {v}"
            raise ValueError(err_msg)
        return v


class Consultation(ConfiguredBaseModel):
    """
    The consultation of one guild or union (or other worker representative) about the deployment.
    """
    union: str = Field(default=..., description="""The union or guild involved, given by the id of its organisation record.""")
    consultation_started_at: AwareDatetime  = Field(default=..., description="""When the consultation began.""")
    notice_given_at: Optional[AwareDatetime ] = Field(default=None, description="""When notice was given. For a consent, when the person was told of the intended use, before being asked to agree; for a consultation, when the workers' representatives were formally notified.""")
    consultation_concluded_at: Optional[AwareDatetime ] = Field(default=None, description="""When the consultation ended.""")
    consultation_outcome: ConsultationOutcomeEnum = Field(default=..., description="""How the consultation ended, or that it is still going on.""")
    summary: Optional[str] = Field(default=None, description="""A short account in plain language.""")

    @field_validator('union')
    def pattern_union(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid union format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid union format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('consultation_started_at')
    def pattern_consultation_started_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consultation_started_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consultation_started_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('notice_given_at')
    def pattern_notice_given_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid notice_given_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid notice_given_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('consultation_concluded_at')
    def pattern_consultation_concluded_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consultation_concluded_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consultation_concluded_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('summary')
    def pattern_summary(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid summary format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid summary format: {v}"
            raise ValueError(err_msg)
        return v


class TransitionMeasure(ConfiguredBaseModel):
    """
    One measure offered to the people whose work changes, such as re-skilling, redeployment or severance.
    """
    measure_kind: TransitionMeasureKindEnum = Field(default=..., description="""What kind of measure this is.""")
    description: str = Field(default=..., description="""A short description in plain language.""")
    eligible_roles: Optional[list[str]] = Field(default=None, description="""The role titles, as written in the affected roles, that the measure is offered to.""")
    places_offered: Optional[StrictInt] = Field(default=None, description="""How many people the measure can take.""", ge=0)
    budget: Optional[str] = Field(default=None, description="""The money set aside for the measure, as a decimal string.""")
    currency: Optional[str] = Field(default=None, description="""The ISO 4217 code of the currency the amount is in, such as USD or EUR.""")
    available_until: Optional[date] = Field(default=None, description="""The last date on which people can take up the measure.""")

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('eligible_roles')
    def pattern_eligible_roles(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid eligible_roles format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid eligible_roles format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('budget')
    def pattern_budget(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]{1,6})?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid budget format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid budget format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('currency')
    def pattern_currency(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid currency format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid currency format: {v}"
            raise ValueError(err_msg)
        return v


class HumanInTheLoopCommitment(ConfiguredBaseModel):
    """
    A commitment that a person, not the AI system, makes or approves a given decision or piece of work.
    """
    decision_point: str = Field(default=..., description="""The decision or piece of work a person keeps, for example \"final cut\" or \"approving every translated line\".""")
    accountable_role: str = Field(default=..., description="""The role of the person who makes or approves it.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")

    @field_validator('decision_point')
    def pattern_decision_point(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid decision_point format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid decision_point format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('accountable_role')
    def pattern_accountable_role(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid accountable_role format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid accountable_role format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v


class FollowUpReview(ConfiguredBaseModel):
    """
    A review, after deployment, of what actually happened to the roles and whether the measures worked.
    """
    review_date: date = Field(default=..., description="""The date of the review.""")
    reviewed_by: Optional[str] = Field(default=None, description="""Who reviewed, given by the id of a party record.""")
    measures_on_track: Optional[StrictBool] = Field(default=None, description="""True when the transition measures are being delivered as promised.""")
    findings: str = Field(default=..., description="""What the review found, in plain language.""")

    @field_validator('reviewed_by')
    def pattern_reviewed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reviewed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reviewed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('findings')
    def pattern_findings(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid findings format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid findings format: {v}"
            raise ValueError(err_msg)
        return v


class DigitalReplica(Document):
    """
    A computer-generated copy of a real person's voice, likeness or movement that is realistic enough to be taken for them. Each replica is a record, so that every authorisation, use and deletion can point to it.
    """
    subject: str = Field(default=..., description="""The person or rights holder whose work or persona this is about, given by the id of their party record. For a deceased performer this is the performer, not the estate.""")
    replica_kind: ReplicaKindEnum = Field(default=..., description="""How the replica came to be, in the terms of the SAG-AFTRA 2023 agreement.""")
    persona_attributes: list[PersonaAttributeEnum] = Field(default=..., description="""What the replica reproduces (its modality): voice, visual likeness, or body and movement.""", min_length=1)
    subject_status: SubjectStatusEnum = Field(default=..., description="""Whether the person the replica reproduces is living or deceased.""")
    recognisability: RecognisabilityEnum = Field(default=..., description="""Whether people would recognise a real, specific person in it.""")
    created_by: str = Field(default=..., description="""Who made it, given by the id of a party record.""")
    created_for: Optional[str] = Field(default=None, description="""The party the replica was made for, when a vendor (such as a visual effects studio) made it on someone else's behalf, given by the id of a party record.""")
    created_at: Optional[AwareDatetime ] = Field(default=None, description="""When it was made.""")
    replica_status: Optional[ReplicaStatusEnum] = Field(default=None, description="""Where the replica stands. An authorisation to create a replica is signed before the replica exists, so its record may be planned at first.""")
    source_works: Optional[list[str]] = Field(default=None, description="""The recordings, images or scans the replica was made from, each given by the id of a creative work record.""")
    creation_consent: Optional[str] = Field(default=None, description="""The consent (or replica authorisation) that allowed the replica to be made, given by its id.""")
    replaces_in_person_work: Optional[StrictBool] = Field(default=None, description="""True when the replica does work the person would otherwise have done in person. Under California Labor Code 927 such a clause needs a reasonably specific description of the uses and the person must have had a lawyer or a union agreement.""")
    retain_until: Optional[AwareDatetime ] = Field(default=None, description="""When the replica and the data used to make it must be deleted at the latest.""")
    deleted_at: Optional[AwareDatetime ] = Field(default=None, description="""When the replica and the data used to make it were deleted.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["DigitalReplica"] = Field(default="DigitalReplica", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('subject')
    def pattern_subject(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid subject format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid subject format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('created_by')
    def pattern_created_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid created_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid created_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('created_for')
    def pattern_created_for(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid created_for format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid created_for format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('created_at')
    def pattern_created_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid created_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid created_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('source_works')
    def pattern_source_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid source_works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid source_works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('creation_consent')
    def pattern_creation_consent(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid creation_consent format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid creation_consent format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('retain_until')
    def pattern_retain_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid retain_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid retain_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('deleted_at')
    def pattern_deleted_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid deleted_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid deleted_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class ReplicaAuthorisation(ConsentRecord):
    """
    Consent to create or use a digital replica in one named project, with a reasonably specific description of the intended use, given after advance notice, and with payment for creation and for use. It is a consent record with the extra terms replicas need, so it can be cited wherever a consent can.
    """
    replica: str = Field(default=..., description="""The digital replica, given by the id of its record. The record may be created before the replica itself, with status planned.""")
    replaces_in_person_work: Optional[StrictBool] = Field(default=None, description="""True when the replica does work the person would otherwise have done in person. Under California Labor Code 927 such a clause needs a reasonably specific description of the uses and the person must have had a lawyer or a union agreement.""")
    permits_alteration: Optional[StrictBool] = Field(default=None, description="""True when the performer also agreed that the replica's voice or physical characteristics may be altered.""")
    permits_nudity_or_sexual_content: Optional[StrictBool] = Field(default=None, description="""True when the performer also agreed, separately, to the replica appearing nude or in simulated sexual content. Without this, such use is not allowed.""")
    suspensions: Optional[list[Suspension]] = Field(default=None, description="""Periods during which the authorisation may not be used, for example during a strike.""")
    subject: str = Field(default=..., description="""The person or rights holder whose work or persona this is about, given by the id of their party record. For a deceased performer this is the performer, not the estate.""")
    granted_by: str = Field(default=..., description="""Who gave the consent, given by the id of a party record: the subject themself, or their estate, representative, union, or parent or guardian.""")
    grantor_capacity: GrantorCapacityEnum = Field(default=..., description="""In what capacity the consent was given.""")
    granted_to: list[str] = Field(default=..., description="""Who receives the consent and may make the permitted uses, each given by the id of a party record.""", min_length=1)
    transferable_to: Optional[list[str]] = Field(default=None, description="""The parties the grantees may pass the consent on to, such as a subsidiary or a contracted developer, each given by the id of a party record. A consent covers uses by its grantees and by these parties only; empty means it cannot be passed on.""")
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    persona_attributes: Optional[list[PersonaAttributeEnum]] = Field(default=None, description="""The protected attributes of the subject this applies to, such as their voice or likeness.""")
    permitted_uses: list[AiUseEnum] = Field(default=..., description="""The AI uses that are allowed. Only the uses listed are allowed; a broader use does not imply narrower ones.""", min_length=1)
    projects: list[str] = Field(default=..., description="""The one project the authorisation is for; a new project needs a new authorisation.""", min_length=1, max_length=1)
    intended_use_description: str = Field(default=..., description="""A reasonably specific description, in plain language, of how the work or persona will be used: what will be made, in which scenes or products, and how it will be seen or heard.""")
    territories: Optional[list[str]] = Field(default=None, description="""The countries or regions where this applies; WORLD means everywhere.""")
    media: Optional[list[MediaEnum]] = Field(default=None, description="""The media the use is limited to. Empty means not limited to particular media.""")
    valid_from: AwareDatetime  = Field(default=..., description="""When the consent or preference starts to apply.""")
    valid_until: Optional[AwareDatetime ] = Field(default=None, description="""When the consent or preference stops applying. Empty means until withdrawn.""")
    commercial: StrictBool = Field(default=..., description="""True when the use is commercial: made for profit, for advertising, or in a product or service that is sold. Commercial grants must carry compensation terms.""")
    compensation: Optional[list[CompensationTerm]] = Field(default=None, description="""How the creator is paid for the uses allowed.""")
    obtained: ConsentEvidence = Field(default=..., description="""How the consent was obtained.""")
    consent_status: ConsentStatusEnum = Field(default=..., description="""The status of the consent.""")
    status_history: Optional[list[ConsentStatusChange]] = Field(default=None, description="""Every change of status of the consent, oldest first.""")
    revocation: Optional[Revocation] = Field(default=None, description="""The withdrawal or revocation of the consent, when there is one.""")
    record_keeper: Optional[str] = Field(default=None, description="""The organisation that keeps this record and answers for it, given by the id of its party record.""")
    recorded_at: AwareDatetime  = Field(default=..., description="""When this record was first made.""")
    how_to_withdraw: Optional[str] = Field(default=None, description="""How the person can withdraw the consent, in plain language, with an address or link.""")
    conditions: Optional[str] = Field(default=None, description="""Any further conditions of the consent, in plain language.""")
    supersedes: Optional[str] = Field(default=None, description="""An earlier consent record that this one replaces, given by its id, for example when a consent is renewed.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["ReplicaAuthorisation"] = Field(default="ReplicaAuthorisation", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('replica')
    def pattern_replica(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid replica format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid replica format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('subject')
    def pattern_subject(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid subject format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid subject format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('granted_by')
    def pattern_granted_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid granted_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid granted_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('granted_to')
    def pattern_granted_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid granted_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid granted_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('transferable_to')
    def pattern_transferable_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid transferable_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid transferable_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('projects')
    def pattern_projects(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid projects format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid projects format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('intended_use_description')
    def pattern_intended_use_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid intended_use_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid intended_use_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('territories')
    def pattern_territories(cls, v):
        pattern=re.compile(r"^(WORLD|EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid territories format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid territories format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_from')
    def pattern_valid_from(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_from format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_from format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_until')
    def pattern_valid_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('record_keeper')
    def pattern_record_keeper(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid record_keeper format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid record_keeper format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('recorded_at')
    def pattern_recorded_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid recorded_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid recorded_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('how_to_withdraw')
    def pattern_how_to_withdraw(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid how_to_withdraw format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid how_to_withdraw format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conditions')
    def pattern_conditions(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conditions format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conditions format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('supersedes')
    def pattern_supersedes(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid supersedes format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid supersedes format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Suspension(ConfiguredBaseModel):
    """
    A period during which an authorisation may not be used, for example during a strike.
    """
    suspension_reason: SuspensionReasonEnum = Field(default=..., description="""Why the authorisation is suspended.""")
    suspended_from: AwareDatetime  = Field(default=..., description="""When the suspension starts.""")
    suspended_until: Optional[AwareDatetime ] = Field(default=None, description="""When the suspension ends. Empty means until further notice.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")

    @field_validator('suspended_from')
    def pattern_suspended_from(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid suspended_from format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid suspended_from format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('suspended_until')
    def pattern_suspended_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid suspended_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid suspended_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v


class DigitalAlteration(Document):
    """
    A change made with digital tools to a recorded performance, such as changing the words a performer says. Some routine changes (make-up, noise reduction, timing…) are exempt from consent; the others need the performer's consent.
    """
    work: str = Field(default=..., description="""The recorded performance that was altered, given by the id of its creative work record.""")
    subject: str = Field(default=..., description="""The person or rights holder whose work or persona this is about, given by the id of their party record. For a deceased performer this is the performer, not the estate.""")
    altered_by: str = Field(default=..., description="""Who made the alteration, given by the id of a party record.""")
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    alteration_description: str = Field(default=..., description="""What was changed in the performance, in plain language.""")
    exemption: AlterationExemptionEnum = Field(default=..., description="""The exemption from consent that applies, or not_exempt when consent is needed.""")
    consent: Optional[str] = Field(default=None, description="""The consent record this refers to, given by its id.""")
    replica: Optional[str] = Field(default=None, description="""The digital replica, given by the id of its record. The record may be created before the replica itself, with status planned.""")
    altered_at: AwareDatetime  = Field(default=..., description="""When the alteration was made.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["DigitalAlteration"] = Field(default="DigitalAlteration", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('work')
    def pattern_work(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid work format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid work format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('subject')
    def pattern_subject(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid subject format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid subject format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('altered_by')
    def pattern_altered_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid altered_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid altered_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('alteration_description')
    def pattern_alteration_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid alteration_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid alteration_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('consent')
    def pattern_consent(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid consent format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid consent format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('replica')
    def pattern_replica(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid replica format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid replica format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('altered_at')
    def pattern_altered_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid altered_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid altered_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class SyntheticPerformer(Document):
    """
    A digitally created performer who is not recognisable as any real person. Before using one in place of a human performer, a producer notifies the performers' union and gives it the chance to bargain; audiences are told they are seeing a synthetic performer.
    """
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    created_by: str = Field(default=..., description="""Who made it, given by the id of a party record.""")
    created_at: Optional[AwareDatetime ] = Field(default=None, description="""When it was made.""")
    recognisability: RecognisabilityEnum = Field(default=..., description="""Whether people would recognise a real, specific person in it.""")
    derived_from_people: Optional[list[str]] = Field(default=None, description="""Real people whose features were used as input when designing the synthetic performer, each given by the id of their person record. Using a real person's recognisable features needs their consent.""")
    projects: Optional[list[str]] = Field(default=None, description="""The projects this is limited to, each given by the id of a project record. Empty means not limited to a project.""")
    union: Optional[str] = Field(default=None, description="""The union or guild involved, given by the id of its organisation record.""")
    union_notified_at: Optional[AwareDatetime ] = Field(default=None, description="""When the performers' union was told of the plan to use the synthetic performer.""")
    union_response: Optional[ConsultationOutcomeEnum] = Field(default=None, description="""How the union responded after being notified and given the chance to bargain.""")
    replaces_human_performer: Optional[StrictBool] = Field(default=None, description="""True when the synthetic performer takes a part a human performer would otherwise have played.""")
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["SyntheticPerformer"] = Field(default="SyntheticPerformer", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('created_by')
    def pattern_created_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid created_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid created_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('created_at')
    def pattern_created_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid created_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid created_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('derived_from_people')
    def pattern_derived_from_people(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid derived_from_people format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid derived_from_people format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('projects')
    def pattern_projects(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid projects format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid projects format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('union')
    def pattern_union(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid union format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid union format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('union_notified_at')
    def pattern_union_notified_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid union_notified_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid union_notified_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class SyntheticMediaLabel(Document):
    """
    The label put on a piece of synthetic or AI-edited media: the text people see or hear, and the machine-readable marks (C2PA manifest, IPTC metadata, watermark) that let software recognise it.
    """
    work: str = Field(default=..., description="""The media the label is on, given by the id of its creative work record.""")
    digital_source_type: DigitalSourceTypeEnum = Field(default=..., description="""How the media was made, using the IPTC Digital Source Type vocabulary.""")
    label_text: str = Field(default=..., description="""The words of the label as people see or hear them, for example \"This voice was generated by AI\".""")
    label_placements: list[LabelPlacementEnum] = Field(default=..., description="""Where the label is shown to people.""", min_length=1)
    machine_readable_marks: list[MarkingMechanismEnum] = Field(default=..., description="""The machine-readable ways in which the media is marked as synthetic.""", min_length=1)
    c2pa_manifest: Optional[str] = Field(default=None, description="""Where the C2PA manifest of the media can be fetched, when it is not embedded.""")
    depicts_real_people: Optional[StrictBool] = Field(default=None, description="""True when the media shows real, identifiable people saying or doing something they did not, whether or not they authorised it: a deepfake, or an authorised digital replica. Such media must always be disclosed where people see or hear it.""")
    applied_by: str = Field(default=..., description="""Who applied the label, given by the id of a party record.""")
    applied_at: AwareDatetime  = Field(default=..., description="""When the label was applied.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["SyntheticMediaLabel"] = Field(default="SyntheticMediaLabel", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('work')
    def pattern_work(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid work format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid work format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('label_text')
    def pattern_label_text(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid label_text format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid label_text format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('c2pa_manifest')
    def pattern_c2pa_manifest(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid c2pa_manifest format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid c2pa_manifest format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('applied_by')
    def pattern_applied_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid applied_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid applied_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('applied_at')
    def pattern_applied_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid applied_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid applied_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class AiUseDisclosure(Document):
    """
    A public statement of where and how AI was used in a production or a piece of content, including any digital replicas and synthetic performers it contains and the label shown to the audience.
    """
    disclosed_by: str = Field(default=..., description="""Who makes the disclosure, given by the id of a party record.""")
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    ai_use_statements: list[AiUseStatement] = Field(default=..., description="""One entry for each way AI was used.""", min_length=1)
    replicas: Optional[list[str]] = Field(default=None, description="""Digital replicas used, each given by the id of its record.""")
    synthetic_performers: Optional[list[str]] = Field(default=None, description="""Synthetic performers that appear, each given by the id of its record.""")
    labels: Optional[list[str]] = Field(default=None, description="""The labels applied to the content, each given by the id of its record.""")
    audience_statement: Optional[str] = Field(default=None, description="""The disclosure as shown to the audience, in plain language.""")
    published_at: AwareDatetime  = Field(default=..., description="""When the disclosure was published.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["AiUseDisclosure"] = Field(default="AiUseDisclosure", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('disclosed_by')
    def pattern_disclosed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid disclosed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid disclosed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('replicas')
    def pattern_replicas(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid replicas format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid replicas format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('synthetic_performers')
    def pattern_synthetic_performers(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid synthetic_performers format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid synthetic_performers format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('labels')
    def pattern_labels(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid labels format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid labels format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('audience_statement')
    def pattern_audience_statement(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid audience_statement format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid audience_statement format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('published_at')
    def pattern_published_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid published_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid published_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class AiUseStatement(ConfiguredBaseModel):
    """
    One use of AI in a production or piece of content.
    """
    production_stage: ProductionStageEnum = Field(default=..., description="""The stage of production in which AI was used.""")
    description: str = Field(default=..., description="""A short description in plain language.""")
    digital_source_type: Optional[DigitalSourceTypeEnum] = Field(default=None, description="""How the media was made, using the IPTC Digital Source Type vocabulary.""")
    tools: Optional[list[str]] = Field(default=None, description="""The names of the AI tools or models used.""")
    human_oversight: Optional[str] = Field(default=None, description="""How people directed, checked or approved what the AI produced.""")

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tools')
    def pattern_tools(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid tools format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid tools format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('human_oversight')
    def pattern_human_oversight(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid human_oversight format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid human_oversight format: {v}"
            raise ValueError(err_msg)
        return v


class MisuseReport(Document):
    """
    A report that someone's voice, likeness, name or work is being misused by AI, for example in a voice clone or a deepfake, made to a platform or an organisation that can act on it.
    """
    reported_by: str = Field(default=..., description="""Who makes the report, given by the id of a party record.""")
    subject: str = Field(default=..., description="""The person or rights holder whose work or persona this is about, given by the id of their party record. For a deceased performer this is the performer, not the estate.""")
    addressed_to: str = Field(default=..., description="""The organisation the request is made to, given by the id of its party record.""")
    misuse_kind: MisuseKindEnum = Field(default=..., description="""What kind of misuse is reported.""")
    content_urls: list[str] = Field(default=..., description="""Where the content can be found.""", min_length=1)
    description: Optional[str] = Field(default=None, description="""A short description in plain language.""")
    reported_at: AwareDatetime  = Field(default=..., description="""When the report was made.""")
    request_status: RequestStatusEnum = Field(default=..., description="""Where the request stands.""")
    acknowledged_at: Optional[AwareDatetime ] = Field(default=None, description="""When the organisation confirmed it had received the request.""")
    response_due_by: Optional[AwareDatetime ] = Field(default=None, description="""When the organisation must have answered.""")
    resolved_at: Optional[AwareDatetime ] = Field(default=None, description="""When the matter was closed.""")
    outcome: Optional[str] = Field(default=None, description="""What happened, in plain language, including the reason if the request was refused.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["MisuseReport"] = Field(default="MisuseReport", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('reported_by')
    def pattern_reported_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reported_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reported_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('subject')
    def pattern_subject(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid subject format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid subject format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('addressed_to')
    def pattern_addressed_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid addressed_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid addressed_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('content_urls')
    def pattern_content_urls(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid content_urls format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid content_urls format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('reported_at')
    def pattern_reported_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reported_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reported_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('acknowledged_at')
    def pattern_acknowledged_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid acknowledged_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid acknowledged_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('response_due_by')
    def pattern_response_due_by(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid response_due_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid response_due_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('resolved_at')
    def pattern_resolved_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid resolved_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid resolved_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('outcome')
    def pattern_outcome(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid outcome format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid outcome format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class TakedownRequest(Document):
    """
    A request to a platform or publisher to remove or disable content that misuses a person's identity or work, with the legal basis, the deadline for removal and what was done.
    """
    misuse_report: Optional[str] = Field(default=None, description="""The misuse report this request follows, given by its id.""")
    requested_by: str = Field(default=..., description="""Who made the request, given by the id of a party record.""")
    on_behalf_of: Optional[str] = Field(default=None, description="""The person or rights holder the request is made for, when not the requester, given by the id of a party record.""")
    addressed_to: str = Field(default=..., description="""The organisation the request is made to, given by the id of its party record.""")
    content_urls: list[str] = Field(default=..., description="""Where the content can be found.""", min_length=1)
    legal_bases: list[TakedownBasisEnum] = Field(default=..., description="""The grounds on which removal is requested.""", min_length=1)
    requested_at: AwareDatetime  = Field(default=..., description="""When the request was made.""")
    removal_due_by: AwareDatetime  = Field(default=..., description="""The deadline by which the content must be removed or disabled.""")
    request_status: RequestStatusEnum = Field(default=..., description="""Where the request stands.""")
    acknowledged_at: Optional[AwareDatetime ] = Field(default=None, description="""When the organisation confirmed it had received the request.""")
    taken_down_at: Optional[AwareDatetime ] = Field(default=None, description="""When the content was removed or disabled.""")
    takedown_actions: Optional[list[TakedownActionEnum]] = Field(default=None, description="""What the platform or publisher did.""")
    outcome: Optional[str] = Field(default=None, description="""What happened, in plain language, including the reason if the request was refused.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["TakedownRequest"] = Field(default="TakedownRequest", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('misuse_report')
    def pattern_misuse_report(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid misuse_report format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid misuse_report format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('requested_by')
    def pattern_requested_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid requested_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid requested_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('on_behalf_of')
    def pattern_on_behalf_of(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid on_behalf_of format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid on_behalf_of format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('addressed_to')
    def pattern_addressed_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid addressed_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid addressed_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('content_urls')
    def pattern_content_urls(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid content_urls format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid content_urls format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('requested_at')
    def pattern_requested_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid requested_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid requested_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('removal_due_by')
    def pattern_removal_due_by(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid removal_due_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid removal_due_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('acknowledged_at')
    def pattern_acknowledged_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid acknowledged_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid acknowledged_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('taken_down_at')
    def pattern_taken_down_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid taken_down_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid taken_down_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('outcome')
    def pattern_outcome(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid outcome format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid outcome format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class AuthorshipStatement(Document):
    """
    A statement of who made a work: each person's contribution and role, how much AI assisted each one, the human-authorship statement and the credit lines as they will appear. AI tools are named in the disclosure, never in the credits.
    """
    work: str = Field(default=..., description="""The work the statement is about, given by the id of its creative work record.""")
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    contributions: list[Contribution] = Field(default=..., description="""Every contribution to the work.""", min_length=1)
    human_authorship_statement: str = Field(default=..., description="""The statement, in plain language, of the human authorship of the work: who made the creative choices and what they were.""")
    credit_lines: Optional[list[CreditLine]] = Field(default=None, description="""The credits as they will appear.""")
    ai_disclosure_text: Optional[str] = Field(default=None, description="""How the use of AI in the work is disclosed to the audience, in plain language.""")
    issued_by: str = Field(default=..., description="""Who issued it, given by the id of a party record.""")
    issued_at: AwareDatetime  = Field(default=..., description="""When it was issued.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["AuthorshipStatement"] = Field(default="AuthorshipStatement", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('work')
    def pattern_work(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid work format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid work format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('human_authorship_statement')
    def pattern_human_authorship_statement(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid human_authorship_statement format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid human_authorship_statement format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ai_disclosure_text')
    def pattern_ai_disclosure_text(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ai_disclosure_text format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ai_disclosure_text format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued_by')
    def pattern_issued_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued_at')
    def pattern_issued_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Contribution(ConfiguredBaseModel):
    """
    One party's contribution to a work, in one role, with the level of AI assistance in it.
    """
    contributor: str = Field(default=..., description="""Who contributed, given by the id of a person or organisation record. An AI system is never a contributor: its use is described in the AI assistance of a human contribution.""")
    contribution_role: ContributionRoleEnum = Field(default=..., description="""The role in which the contribution was made or credited.""")
    ai_assistance: AiAssistanceLevelEnum = Field(default=..., description="""How much AI assisted this contribution.""")
    ai_assistance_description: Optional[str] = Field(default=None, description="""What the AI did in this contribution and how the person used it.""")
    tools: Optional[list[str]] = Field(default=None, description="""The names of the AI tools or models used.""")

    @field_validator('contributor')
    def pattern_contributor(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid contributor format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid contributor format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ai_assistance_description')
    def pattern_ai_assistance_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid ai_assistance_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid ai_assistance_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tools')
    def pattern_tools(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid tools format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid tools format: {v}"
            raise ValueError(err_msg)
        return v


class CreditLine(ConfiguredBaseModel):
    """
    One line of the credits as it appears on screen, in print or in metadata.
    """
    credit_text: str = Field(default=..., description="""The text of the credit, for example \"Written by Ruth Calloway\".""")
    credited_parties: list[str] = Field(default=..., description="""The people or organisations the credit names, each given by the id of a party record.""", min_length=1)
    contribution_role: ContributionRoleEnum = Field(default=..., description="""The role in which the contribution was made or credited.""")

    @field_validator('credit_text')
    def pattern_credit_text(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid credit_text format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid credit_text format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('credited_parties')
    def pattern_credited_parties(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid credited_parties format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid credited_parties format: {v}"
            raise ValueError(err_msg)
        return v


class AiMaterialDisclosure(Document):
    """
    A company's disclosure to writers that material it hands them (a treatment, an outline, a draft) was generated in whole or in part by AI. Under the WGA 2023 agreement such material is not literary or source material.
    """
    disclosed_by: str = Field(default=..., description="""Who makes the disclosure, given by the id of a party record.""")
    disclosed_to: list[str] = Field(default=..., description="""The writers or other people who received the disclosure, each given by the id of a party record.""", min_length=1)
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    works: Optional[list[str]] = Field(default=None, description="""The works this applies to or includes, each given by the id of a creative work record.""")
    material_description: str = Field(default=..., description="""What the material is (a treatment, an outline, a draft) and how it was made.""")
    ai_generated_share: AiAssistanceLevelEnum = Field(default=..., description="""How much of the material was generated by AI.""")
    provided_at: AwareDatetime  = Field(default=..., description="""When the material was handed to the writers.""")
    disclosed_at: AwareDatetime  = Field(default=..., description="""When the writers were told that the material was generated by AI.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["AiMaterialDisclosure"] = Field(default="AiMaterialDisclosure", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('disclosed_by')
    def pattern_disclosed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid disclosed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid disclosed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('disclosed_to')
    def pattern_disclosed_to(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid disclosed_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid disclosed_to format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('works')
    def pattern_works(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid works format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid works format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('material_description')
    def pattern_material_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid material_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid material_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('provided_at')
    def pattern_provided_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid provided_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid provided_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('disclosed_at')
    def pattern_disclosed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid disclosed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid disclosed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class WriterAiChoice(Document):
    """
    A writer's own choice, for one engagement, whether to use AI in their writing. A writer may use AI with the company's consent but can never be required to.
    """
    writer: str = Field(default=..., description="""The writer, given by the id of their person record.""")
    engaged_by: str = Field(default=..., description="""The company that engages the writer, given by the id of its party record.""")
    project: Optional[str] = Field(default=None, description="""The project this concerns, given by the id of its project record.""")
    uses_ai: StrictBool = Field(default=..., description="""True when the writer chooses to use AI in this engagement.""")
    company_consent_given: Optional[StrictBool] = Field(default=None, description="""True when the company has consented to the writer using AI.""")
    required_by_company: StrictBool = Field(default=..., description="""True when the company requires the writer to use AI. The standard forbids this; the field exists so that a record can show it was not required.""")
    tools: Optional[list[str]] = Field(default=None, description="""The names of the AI tools or models used.""")
    conditions: Optional[str] = Field(default=None, description="""Any further conditions of the consent, in plain language.""")
    recorded_at: AwareDatetime  = Field(default=..., description="""When this record was first made.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["WriterAiChoice"] = Field(default="WriterAiChoice", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('writer')
    def pattern_writer(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid writer format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid writer format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('engaged_by')
    def pattern_engaged_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid engaged_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid engaged_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('project')
    def pattern_project(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid project format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid project format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tools')
    def pattern_tools(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid tools format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid tools format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conditions')
    def pattern_conditions(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conditions format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conditions format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('recorded_at')
    def pattern_recorded_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid recorded_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid recorded_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Standard(Document):
    """
    One version of the CCAI standard: its name, version, status, what its version numbers promise, and its pillars. The requirements are separate records that point to their pillar.
    """
    name: str = Field(default=..., description="""The name by which this is usually known.""")
    standard_version: str = Field(default=..., description="""The version of the standard, for example 0.1.0.""")
    standard_status: StandardStatusEnum = Field(default=..., description="""Whether this version is a draft, released or superseded.""")
    released_on: Optional[date] = Field(default=None, description="""The date this version was released.""")
    summary: Optional[str] = Field(default=None, description="""A short account in plain language.""")
    version_policy: str = Field(default=..., description="""What the parts of a version number promise to the people who use the standard.""")
    evidence_policy: Optional[str] = Field(default=None, description="""How records are judged against the requirements: what counts as evidence, what a record's own claims count for, and what happens when evidence is missing.""")
    pillars: list[Pillar] = Field(default=..., description="""The pillars of the standard.""", min_length=1)
    licence: Optional[str] = Field(default=None, description="""The licence of the standard's text, as a web address.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Standard"] = Field(default="Standard", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('standard_version')
    def pattern_standard_version(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid standard_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid standard_version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('summary')
    def pattern_summary(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid summary format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid summary format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_policy')
    def pattern_version_policy(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid version_policy format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid version_policy format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence_policy')
    def pattern_evidence_policy(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence_policy format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence_policy format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('licence')
    def pattern_licence(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid licence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid licence format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class Pillar(ConfiguredBaseModel):
    """
    One of the four pillars of the standard, which group its requirements.
    """
    pillar: PillarEnum = Field(default=..., description="""The pillar.""")
    title: str = Field(default=..., description="""The pillar's name as readers see it.""")
    summary: str = Field(default=..., description="""A short account in plain language.""")

    @field_validator('title')
    def pattern_title(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid title format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid title format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('summary')
    def pattern_summary(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid summary format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid summary format: {v}"
            raise ValueError(err_msg)
        return v


class Requirement(Document):
    """
    One rule of the standard: what a studio, AI developer, platform or other party MUST, SHOULD or MAY do, why, which records show it was done, and whether software can check it.
    """
    requirement_code: str = Field(default=..., description="""The requirement's stable identifier, such as CCAI-CONSENT-001.""")
    title: str = Field(default=..., description="""A short name for the requirement, for example \"Opt-in consent before training\".""")
    pillar: PillarEnum = Field(default=..., description="""The pillar.""")
    level: RequirementLevelEnum = Field(default=..., description="""How binding the requirement is, in the words of RFC 2119 and RFC 8174.""")
    statement: str = Field(default=..., description="""The requirement itself, one or two sentences using MUST, SHOULD or MAY in capitals.""")
    rationale: str = Field(default=..., description="""Why the requirement exists, in plain language.""")
    applies_to: Optional[list[OrganizationKindEnum]] = Field(default=None, description="""The kinds of organisation the requirement is addressed to. Empty means everyone who uses the records.""")
    informative_references: Optional[list[InformativeReference]] = Field(default=None, description="""Contracts, laws and formats the requirement aligns with.""")
    carried_by: list[str] = Field(default=..., description="""The schema elements whose records show the requirement was met.""", min_length=1)
    mandatory_fields: Optional[list[str]] = Field(default=None, description="""The fields this requirement makes mandatory although the schema lets them be left out, each as Class.field (or Class.field.field through an inlined object). A record without one breaks the requirement; the reference pages mark these fields.""")
    machine_checkable: StrictBool = Field(default=..., description="""True when `ccai validate` checks the requirement on records.""")
    check_description: Optional[str] = Field(default=None, description="""For a machine-checkable requirement, exactly what the check tests and when it reports a finding.""")
    parameters: Optional[list[RequirementParameter]] = Field(default=None, description="""The numbers, dates and word lists the requirement's check applies, each named, so that software and readers use the same values and a change to one is visible in the diff.""")
    not_checkable_reason: Optional[str] = Field(default=None, description="""For a requirement a machine cannot check, one sentence saying why.""")
    requirement_status: RequirementStatusEnum = Field(default=..., description="""Whether the requirement is in force or withdrawn.""")
    introduced_in: str = Field(default=..., description="""The version of the standard in which the requirement first appeared.""")
    withdrawn_in: Optional[str] = Field(default=None, description="""The version of the standard in which the requirement was withdrawn.""")
    withdrawal_reason: Optional[str] = Field(default=None, description="""Why the requirement was withdrawn.""")
    replaced_by: Optional[list[str]] = Field(default=None, description="""The requirements that take over from a withdrawn one.""")
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["Requirement"] = Field(default="Requirement", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('requirement_code')
    def pattern_requirement_code(cls, v):
        pattern=re.compile(r"^CCAI-[A-Z]+-[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid requirement_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid requirement_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('title')
    def pattern_title(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid title format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid title format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('statement')
    def pattern_statement(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid statement format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid statement format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rationale')
    def pattern_rationale(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid rationale format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid rationale format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('carried_by')
    def pattern_carried_by(cls, v):
        pattern=re.compile(r"^[A-Z][A-Za-z0-9]*(\.[a-z][a-z0-9_]*)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid carried_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid carried_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mandatory_fields')
    def pattern_mandatory_fields(cls, v):
        pattern=re.compile(r"^[A-Z][A-Za-z0-9]*(\.[a-z][a-z0-9_]*)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mandatory_fields format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mandatory_fields format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('check_description')
    def pattern_check_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid check_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid check_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('not_checkable_reason')
    def pattern_not_checkable_reason(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid not_checkable_reason format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid not_checkable_reason format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('introduced_in')
    def pattern_introduced_in(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid introduced_in format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid introduced_in format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('withdrawn_in')
    def pattern_withdrawn_in(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid withdrawn_in format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid withdrawn_in format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('withdrawal_reason')
    def pattern_withdrawal_reason(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid withdrawal_reason format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid withdrawal_reason format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('replaced_by')
    def pattern_replaced_by(cls, v):
        pattern=re.compile(r"^CCAI-[A-Z]+-[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid replaced_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid replaced_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class RequirementParameter(ConfiguredBaseModel):
    """
    A number, date or word list that the check of a requirement applies, such as the hours of notice a performer is owed. Parameters are part of the requirement's text: changing one changes the requirement, and a stricter value is a breaking change.
    """
    parameter_name: str = Field(default=..., description="""The name of the parameter, in lower case with underscores, such as notice_hours.""")
    description: str = Field(default=..., description="""What the value means in the requirement, in one sentence.""")
    whole_number: Optional[StrictInt] = Field(default=None, description="""The value, when it is a count such as a number of hours or days.""", ge=0)
    day: Optional[date] = Field(default=None, description="""The value, when it is a date.""")
    words: Optional[list[str]] = Field(default=None, description="""The value, when it is a list of words, such as the allowed values a check accepts.""")
    unit: Optional[ParameterUnitEnum] = Field(default=None, description="""What a whole number counts.""")
    stricter_when: StricterWhenEnum = Field(default=..., description="""Which way a change of the value makes the requirement stricter: a stricter value can make valid records invalid, so it is a breaking change.""")

    @field_validator('parameter_name')
    def pattern_parameter_name(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid parameter_name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid parameter_name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('description')
    def pattern_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid description format: {v}"
            raise ValueError(err_msg)
        return v


class InformativeReference(ConfiguredBaseModel):
    """
    A contract, law or format that a requirement aligns with. References inform; they do not add rules.
    """
    reference_source: Optional[ReferenceSourceEnum] = Field(default=None, description="""Which contract, law or format is cited.""")
    citation: str = Field(default=..., description="""The exact place cited and, in a few words, what it says.""")
    url: Optional[str] = Field(default=None, description="""Where the cited text can be read.""")

    @field_validator('citation')
    def pattern_citation(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid citation format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid citation format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('url')
    def pattern_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid url format: {v}"
            raise ValueError(err_msg)
        return v


class ConformanceClaim(Document):
    """
    An organisation's claim that it conforms to one version of the standard, with a result for every requirement that applies to it and the records that prove it.
    """
    claimant: str = Field(default=..., description="""The organisation making the claim, given by the id of its organisation record.""")
    standard_version: str = Field(default=..., description="""The version of the standard, for example 0.1.0.""")
    scope_description: str = Field(default=..., description="""What the claim covers (which productions, products, models or services), in plain language.""")
    assessment_kind: AssessmentKindEnum = Field(default=..., description="""Who checked that the claim is true.""")
    assessed_by: Optional[str] = Field(default=None, description="""Who made the assessment, given by the id of a party record.""")
    claimed_at: AwareDatetime  = Field(default=..., description="""When the claim was made.""")
    valid_until: Optional[AwareDatetime ] = Field(default=None, description="""When the claim expires and must be renewed.""")
    requirement_results: list[RequirementResult] = Field(default=..., description="""One result per requirement of the standard version.""", min_length=1)
    id: str = Field(default=..., description="""The identifier of this record: an https:// address or a urn:uuid: URN. It must be unique; other records use it to point to this one. In JSON-LD it is the node's @id.""")
    type: Literal["ConformanceClaim"] = Field(default="ConformanceClaim", description="""The kind of record this document is, written as the name of its class, for example ConsentRecord or CreativeWork.""")
    conforms_to: str = Field(default=..., description="""The version of the CCAI standard this document follows, for example 0.1.0.""")

    @field_validator('claimant')
    def pattern_claimant(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid claimant format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid claimant format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('standard_version')
    def pattern_standard_version(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid standard_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid standard_version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('scope_description')
    def pattern_scope_description(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid scope_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid scope_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('assessed_by')
    def pattern_assessed_by(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid assessed_by format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid assessed_by format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('claimed_at')
    def pattern_claimed_at(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid claimed_at format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid claimed_at format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valid_until')
    def pattern_valid_until(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid valid_until format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid valid_until format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to')
    def pattern_conforms_to(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to format: {v}"
            raise ValueError(err_msg)
        return v


class RequirementResult(ConfiguredBaseModel):
    """
    How the claimant meets one requirement, with its evidence.
    """
    requirement_code: str = Field(default=..., description="""The requirement's stable identifier, such as CCAI-CONSENT-001.""")
    result: ConformanceResultEnum = Field(default=..., description="""Whether the requirement is met.""")
    evidence_records: Optional[list[str]] = Field(default=None, description="""CCAI records that show the result, each given by its id.""")
    evidence_urls: Optional[list[str]] = Field(default=None, description="""Other evidence, such as published policies or audit reports.""")
    explanation: Optional[str] = Field(default=None, description="""How the requirement is met, or why it is only partly met, not met or does not apply.""")

    @field_validator('requirement_code')
    def pattern_requirement_code(cls, v):
        pattern=re.compile(r"^CCAI-[A-Z]+-[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid requirement_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid requirement_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence_records')
    def pattern_evidence_records(cls, v):
        pattern=re.compile(r"^(https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]+)?([/?#][^\s]*)?|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence_records format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence_records format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence_urls')
    def pattern_evidence_urls(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence_urls format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence_urls format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('explanation')
    def pattern_explanation(cls, v):
        pattern=re.compile(r"\S")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid explanation format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid explanation format: {v}"
            raise ValueError(err_msg)
        return v


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Document.model_rebuild()
Party.model_rebuild()
Person.model_rebuild()
Organization.model_rebuild()
Estate.model_rebuild()
CreativeWork.model_rebuild()
Project.model_rebuild()
ConsentRecord.model_rebuild()
ConsentEvidence.model_rebuild()
ConsentStatusChange.model_rebuild()
Revocation.model_rebuild()
AssetBinding.model_rebuild()
ConsentReceipt.model_rebuild()
UsagePreference.model_rebuild()
UsePreferenceRule.model_rebuild()
OptOutRequest.model_rebuild()
CompensationTerm.model_rebuild()
TrainingDataDisclosure.model_rebuild()
DataSourceSummary.model_rebuild()
ConsentCoverage.model_rebuild()
Dataset.model_rebuild()
DatasetManifest.model_rebuild()
AiSystem.model_rebuild()
ManifestEntry.model_rebuild()
UsageReport.model_rebuild()
UsageReportLine.model_rebuild()
WorkforceImpactAssessment.model_rebuild()
AffectedRole.model_rebuild()
Consultation.model_rebuild()
TransitionMeasure.model_rebuild()
HumanInTheLoopCommitment.model_rebuild()
FollowUpReview.model_rebuild()
DigitalReplica.model_rebuild()
ReplicaAuthorisation.model_rebuild()
Suspension.model_rebuild()
DigitalAlteration.model_rebuild()
SyntheticPerformer.model_rebuild()
SyntheticMediaLabel.model_rebuild()
AiUseDisclosure.model_rebuild()
AiUseStatement.model_rebuild()
MisuseReport.model_rebuild()
TakedownRequest.model_rebuild()
AuthorshipStatement.model_rebuild()
Contribution.model_rebuild()
CreditLine.model_rebuild()
AiMaterialDisclosure.model_rebuild()
WriterAiChoice.model_rebuild()
Standard.model_rebuild()
Pillar.model_rebuild()
Requirement.model_rebuild()
RequirementParameter.model_rebuild()
InformativeReference.model_rebuild()
ConformanceClaim.model_rebuild()
RequirementResult.model_rebuild()
